package org.hourglass.records.internal;

import java.util.List;
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
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.AnswerSheet;
import org.hourglass.api.records.AttemptStart;
import org.hourglass.api.records.AttemptSummary;
import org.hourglass.api.records.PracticeStart;
import org.hourglass.api.records.AttemptView;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/exams/{paperId}/attempts} and {@code /api/v1/attempts/{id}}: a learner's exam attempts (C-35, C-36, C-39). */
@Component(service = ExamsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExamsResource {
    private final ExamService exams;
    private final PracticeService practice;

    @Activate
    public ExamsResource(@Reference ExamService exams, @Reference PracticeService practice) {
        this.exams = exams;
        this.practice = practice;
    }

    /** C-14, C-39: a practice or mock exam on the course's own pools; unlimited, counting for nothing. */
    @POST
    @Path("practice")
    @RolesAllowed(Roles.LEARNER)
    public Response practise(PracticeStart body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return Response.status(201).entity(practice.start(learner(security), body)).build();
    }

    /** C-26: the learner's attempts in one of his classes (exams, practice, mock exams), newest first. */
    @GET
    @Path("attempts")
    @RolesAllowed(Roles.LEARNER)
    public List<AttemptSummary> history(@QueryParam("classId") Long classId, @Context SecurityContext security) {
        if (classId == null || classId <= 0) {
            throw Problem.invalidField("classId", "required: one of your classes");
        }
        return exams.history(learner(security), classId);
    }

    /** Starts an attempt (201), or resumes the open one (200): C-35. */
    @POST
    @Path("exams/{paperId}/attempts")
    @RolesAllowed(Roles.LEARNER)
    public Response start(@PathParam("paperId") long paperId, AttemptStart body, @Context SecurityContext security) {
        Problem.requireBody(body);
        ExamService.Started started = exams.start(learner(security), paperId, body);
        return Response.status(started.resumed() ? 200 : 201).entity(started.attempt()).build();
    }

    @GET
    @Path("attempts/{id}")
    @RolesAllowed(Roles.LEARNER)
    public AttemptView get(@PathParam("id") long id, @Context SecurityContext security) {
        return exams.get(learner(security), id);
    }

    /** Saves answers so far; an interrupted attempt resumes with them (C-35). */
    @PUT
    @Path("attempts/{id}")
    @RolesAllowed(Roles.LEARNER)
    public AttemptView save(@PathParam("id") long id, AnswerSheet body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return exams.save(learner(security), id, body);
    }

    /** Submits and scores (C-13, C-36); a body with answers replaces the saved ones. */
    @POST
    @Path("attempts/{id}/submit")
    @RolesAllowed(Roles.LEARNER)
    public AttemptView submit(@PathParam("id") long id, AnswerSheet body, @Context SecurityContext security) {
        return exams.submit(learner(security), id, body);
    }

    private static long learner(SecurityContext security) {
        return Caller.of(security).orElseThrow().accountId();
    }
}
