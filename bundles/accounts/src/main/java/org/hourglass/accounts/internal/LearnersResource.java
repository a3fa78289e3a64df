package org.hourglass.accounts.internal;

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
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.accounts.NewLearner;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/learners}: import (C-1, C-2, C-3), read with ID masking, leave the organisation (C-24), ask for a correction of
 * one's personal data (JS-1).
 */
@Component(service = LearnersResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/learners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearnersResource {
    private final LearnerService learners;
    private final Corrections corrections;

    @Activate
    public LearnersResource(@Reference LearnerService learners, @Reference Corrections corrections) {
        this.learners = learners;
        this.corrections = corrections;
    }

    /** JS-1: the learner asks the office to correct his name, ID number or gender, giving the reason. */
    @POST
    @Path("{id}/corrections")
    @RolesAllowed(Roles.LEARNER)
    public Response askCorrection(@PathParam("id") long id, Corrections.Request body, @Context SecurityContext security) {
        return Response.status(201).entity(corrections.request(Caller.of(security).orElseThrow(), id, body)).build();
    }

    /** JS-1: the learner's correction requests and their decisions (his own; platform staff any learner's). */
    @GET
    @Path("{id}/corrections")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public java.util.List<Corrections.Correction> corrections(@PathParam("id") long id, @Context SecurityContext security) {
        return corrections.ofLearner(Caller.of(security).orElseThrow(), id);
    }

    /** 201 for a new learner; 200 when a learner who had left an organisation joins this one (C-24). */
    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response importLearner(NewLearner body, @Context SecurityContext security, @Context UriInfo uri) {
        Problem.requireBody(body);
        LearnerService.Imported imported = learners.importLearner(Caller.of(security).orElseThrow(), body);
        if (!imported.created()) {
            return Response.ok(imported.learner()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(imported.learner().id())).build())
                .entity(imported.learner()).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        LearnerService.Page page = learners.list(Caller.of(security).orElseThrow(), paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public LearnerView get(@PathParam("id") long id, @Context SecurityContext security) {
        return learners.get(Caller.of(security).orElseThrow(), id);
    }

    @POST
    @Path("{id}/leave-organization")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public LearnerView leaveOrganization(@PathParam("id") long id, @Context SecurityContext security) {
        return learners.leaveOrganization(Caller.of(security).orElseThrow(), id);
    }
}
