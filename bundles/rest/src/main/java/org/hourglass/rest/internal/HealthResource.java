package org.hourglass.rest.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.platform.HealthReport;
import org.hourglass.api.platform.HealthService;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.platform.PolicyStatus;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/health}: the database, each Hourglass bundle and persistence unit, each deployed policy. 200 when all are up, else 503. */
@Component(service = HealthResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    /**
     * Anyone sees the status and which component is up; only the platform admin sees the details — bundle, database and
     * policy versions and failure causes (issue 14 item 15: the public health disclosed every version).
     */
    @GET
    @PermitAll
    public Response health(@Context SecurityContext caller) {
        HealthReport report = health.report();
        HealthReport shown = caller != null && caller.isUserInRole(Roles.PLATFORM_ADMIN) ? report : withoutDetails(report);
        return Response.status(report.up() ? 200 : 503).entity(shown).build();
    }

    static HealthReport withoutDetails(HealthReport report) {
        return new HealthReport(report.status(),
                report.components().stream().map(c -> new HealthStatus(c.component(), c.up(), null)).toList(),
                report.policies().stream().map(p -> new PolicyStatus(p.code(), p.name(), p.region(), null, null, p.state(), null, null))
                        .toList());
    }
}
