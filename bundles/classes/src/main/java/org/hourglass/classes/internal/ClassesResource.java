package org.hourglass.classes.internal;

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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.classes.TransitionBody;
import org.hourglass.api.classes.TransitionView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/classes}: create, list, read, move through the policy's lifecycle (C-20). */
@Component(service = ClassesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassesResource {
    private final ClassService classes;

    @Activate
    public ClassesResource(@Reference ClassService classes) {
        this.classes = classes;
    }

    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response create(NewClass body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw Problem.invalid("a JSON body is required", List.of());
        }
        ClassView created = classes.create(caller(security), body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        ClassService.Page page = classes.list(caller(security), paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ClassView get(@PathParam("id") long id, @Context SecurityContext security) {
        return classes.get(caller(security), id);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response transition(@PathParam("id") long id, TransitionBody body, @Context SecurityContext security) {
        TransitionView done = classes.transition(caller(security), id, body);
        return Response.status(Response.Status.CREATED).entity(done).build();
    }

    @GET
    @Path("{id}/transitions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public List<TransitionView> transitions(@PathParam("id") long id, @Context SecurityContext security) {
        return classes.transitions(caller(security), id);
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow(() -> new Problem(401, "unauthenticated", "Not authenticated", "log in first", null));
    }
}
