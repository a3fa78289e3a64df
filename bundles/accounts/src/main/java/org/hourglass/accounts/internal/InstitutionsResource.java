package org.hourglass.accounts.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.accounts.InstitutionView;
import org.hourglass.api.accounts.NewInstitution;
import org.hourglass.api.accounts.NewStaff;
import org.hourglass.api.accounts.StaffView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/institutions} and {@code /api/v1/staff} (C-6). */
@Component(service = InstitutionsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionsResource {
    private final InstitutionService institutions;

    @Activate
    public InstitutionsResource(@Reference InstitutionService institutions) {
        this.institutions = institutions;
    }

    @POST
    @Path("institutions")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response create(NewInstitution body, @Context UriInfo uri) {
        Problem.requireBody(body);
        InstitutionView created = institutions.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("institutions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<InstitutionView> list() {
        return institutions.list();
    }

    @GET
    @Path("institutions/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public InstitutionView get(@PathParam("id") long id, @Context SecurityContext security) {
        return institutions.get(Caller.of(security).orElseThrow(), id);
    }

    @POST
    @Path("staff")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response createStaff(NewStaff body, @Context SecurityContext security, @Context UriInfo uri) {
        Problem.requireBody(body);
        StaffView created = institutions.createStaff(Caller.of(security).orElseThrow(), body);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("staff")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.INSTITUTION_STAFF})
    public List<StaffView> staff(@Context SecurityContext security) {
        return institutions.staff(Caller.of(security).orElseThrow());
    }
}
