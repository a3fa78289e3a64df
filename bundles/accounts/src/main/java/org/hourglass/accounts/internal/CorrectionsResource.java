package org.hourglass.accounts.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/corrections}: the office's queue of personal-data corrections and its decisions (JS-1). */
@Component(service = CorrectionsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectionsResource {
    private final Corrections corrections;

    @Activate
    public CorrectionsResource(@Reference Corrections corrections) {
        this.corrections = corrections;
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<Corrections.Correction> queue(@QueryParam("status") String status) {
        return corrections.queue(status);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Corrections.Correction decide(@PathParam("id") long id, Corrections.Decision body, @Context SecurityContext security) {
        return corrections.decide(Caller.of(security).orElseThrow(), id, body);
    }
}
