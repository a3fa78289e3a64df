package org.hourglass.rest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure of every resource, core or policy, answers {@code application/problem+json}.
 * A request that was running in a policy while the policy went away (its services disposed under it) fails with
 * whatever its code threw: that is answered 503 {@code policy-not-deployed}, as the policy's absence is, not 500.
 */
@Component(service = javax.ws.rs.ext.ExceptionMapper.class, immediate = true, property = {HourglassRest.EXTENSION, HourglassRest.SELECT_APP,
        "osgi.jaxrs.name=hourglass.problems"})
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Pattern POLICY_PATH = Pattern.compile("^/?v1/policies/([a-z0-9-]+)/.*");

    private final PolicyRegistry policies;

    @Context
    private UriInfo uri;

    @Activate
    public ProblemMapper(@Reference PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public Response toResponse(Throwable failure) {
        Throwable answered = policyGoneUnderRequest(failure);
        ProblemBody body = ProblemTranslator.translate(answered);
        if (body.status() >= 500 && !(answered instanceof Problem)) {
            LOG.error("Request failed", failure);
        } else if (body.status() >= 500) {
            LOG.info("Answered {}: {}", body.status(), body.detail());
        } else if (!(answered instanceof Problem) && ProblemTranslator.lostRace(answered)) {
            LOG.info("Answered 409 to a race lost at commit: {}", rootCause(answered));
        } else {
            LOG.debug("Client error {}: {}", body.status(), body.detail());
        }
        return Response.status(body.status()).type(HourglassRest.PROBLEM_JSON + ";charset=UTF-8").entity(body).build();
    }

    private static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    private Throwable policyGoneUnderRequest(Throwable failure) {
        if (failure instanceof Problem || uri == null || ProblemTranslator.translate(failure).status() < 500) {
            return failure;
        }
        Matcher m = POLICY_PATH.matcher(uri.getPath());
        return m.matches() && policies.find(m.group(1)).isEmpty() ? Problem.policyNotDeployed(m.group(1)) : failure;
    }
}
