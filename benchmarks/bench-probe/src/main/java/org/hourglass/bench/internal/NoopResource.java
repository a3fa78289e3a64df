package org.hourglass.bench.internal;

import java.math.BigDecimal;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Heartbeat;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Component;

/**
 * The baseline of the heartbeat benchmark: the same application, bearer authentication, role check, JSON body
 * and answer shape as {@code POST /api/v1/learning/heartbeats}, and nothing else (no database).
 */
@Component(service = NoopResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/bench/noop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoopResource {
    public record NoopAnswer(long beatId, BigDecimal creditedSeconds, BigDecimal cappedSeconds, List<String> flags, String note,
            long learnerId, String key) {
    }

    @POST
    @RolesAllowed(Roles.LEARNER)
    public NoopAnswer beat(Heartbeat body, @HeaderParam("Idempotency-Key") String key, @Context SecurityContext security) {
        Problem.requireBody(body);
        long learner = Caller.of(security).orElseThrow().accountId();
        return new NoopAnswer(0, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), "no-op", learner, key);
    }
}
