package org.hourglass.accounts.internal;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.accounts.AdminPhoneBinding;
import org.hourglass.api.accounts.NewOrganization;
import org.hourglass.api.accounts.OrganizationRegistration;
import org.hourglass.api.accounts.OrganizationEdit;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/organizations}: employers (C-5) with their admin account (C-3). */
@Component(service = OrganizationsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {
    private final OrganizationService organizations;
    private final OrganizationSelfService selfService;

    @Activate
    public OrganizationsResource(@Reference OrganizationService organizations, @Reference OrganizationSelfService selfService) {
        this.organizations = organizations;
        this.selfService = selfService;
    }

    /** C-8 (seed 000 Q13): an organisation registers itself with its admin phone and the code sent to it. */
    @POST
    @Path("registrations")
    @PermitAll
    public Response register(OrganizationRegistration body, @Context UriInfo uri) {
        Problem.requireBody(body);
        OrganizationView created = selfService.register(body);
        return Response.created(uri.getBaseUriBuilder().path("v1/organizations").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    /** C-8 (seed 000 Q16): the organisation admin moves his login to a new phone proved by a code. */
    @PUT
    @Path("{id}/admin-phone")
    @RolesAllowed(Roles.ORG_ADMIN)
    public Response rebindAdminPhone(@PathParam("id") long id, AdminPhoneBinding body, @Context SecurityContext security) {
        Problem.requireBody(body);
        selfService.rebindAdminPhone(Caller.of(security).orElseThrow(), id, body);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response create(NewOrganization body, @Context UriInfo uri) {
        Problem.requireBody(body);
        OrganizationView created = organizations.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        OrganizationService.Page page = organizations.list(paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    /** C-5: edit; refused (409) while a deployed policy freezes the organisation's data (BJ Q18). */
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public OrganizationView edit(@PathParam("id") long id, OrganizationEdit body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return organizations.edit(Caller.of(security).orElseThrow(), id, body);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public OrganizationView get(@PathParam("id") long id, @Context SecurityContext security) {
        return organizations.get(Caller.of(security).orElseThrow(), id);
    }

    /** Issue 14 item 14: who changed which of the organisation's fields, and when (newest first). */
    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public java.util.List<org.hourglass.api.accounts.OrganizationChange> changes(@PathParam("id") long id, @Context SecurityContext security) {
        return organizations.changes(Caller.of(security).orElseThrow(), id);
    }
}
