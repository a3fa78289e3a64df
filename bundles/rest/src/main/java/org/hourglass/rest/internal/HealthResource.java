package org.hourglass.rest.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.hourglass.api.platform.HealthReport;
import org.hourglass.api.platform.HealthService;
import org.hourglass.api.rest.HourglassRest;
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

    @GET
    @PermitAll
    public Response health() {
        HealthReport report = health.report();
        return Response.status(report.up() ? 200 : 503).entity(report).build();
    }
}
