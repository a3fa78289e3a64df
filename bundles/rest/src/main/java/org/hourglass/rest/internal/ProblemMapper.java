package org.hourglass.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one exception mapper: every failure of every resource answers {@code application/problem+json}. */
@Component(service = ExceptionMapper.class, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.problems"})
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        ProblemBody body = ProblemTranslator.translate(failure);
        if (body.status() >= 500 && !(failure instanceof Problem)) {
            LOG.error("Request failed", failure);
        } else if (body.status() >= 500) {
            LOG.info("Answered {}: {}", body.status(), body.detail());
        } else {
            LOG.debug("Client error {}: {}", body.status(), body.detail());
        }
        return Response.status(body.status()).type(HourglassRest.PROBLEM_JSON + ";charset=UTF-8").entity(body).build();
    }
}
