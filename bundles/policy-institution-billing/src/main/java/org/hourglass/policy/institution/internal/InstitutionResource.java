package org.hourglass.policy.institution.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.records.Settlements;
import org.hourglass.api.rest.PolicyResource;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/policies/institution-billing}: the opening review sheet, the fee exemption and the reviews (IN-5, IN-6), the
 * class's bill (IN-6) and closing order (IN-8), feedback messages (IN-2), live lessons (IN-10). Served by core while the policy is active (503 policy-not-deployed while it is away).
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + InstitutionPolicy.CODE)
@Path("v1/policies/institution-billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource implements PolicyResource {
    private final Reviews reviews;
    private final Feedback feedback;
    private final LiveSessions live;
    private final FeeExemptions exemptions;
    private final LiveUsage liveUsage;
    private final ClassDirectory classes;
    private final Settlements settlements;
    private final org.hourglass.api.commerce.Orders orders;

    @Activate
    public InstitutionResource(@Reference Reviews reviews, @Reference ClassDirectory classes, @Reference Settlements settlements,
            @Reference org.hourglass.api.commerce.Orders orders, @Reference Feedback feedback, @Reference LiveSessions live,
            @Reference FeeExemptions exemptions, @Reference LiveUsage liveUsage) {
        this.exemptions = exemptions;
        this.liveUsage = liveUsage;
        this.feedback = feedback;
        this.live = live;
        this.orders = orders;
        this.reviews = reviews;
        this.classes = classes;
        this.settlements = settlements;
    }

    /** IN-5: the opening review sheet — class data, estimated headcount × per-head fee, the review log. */
    @GET
    @Path("classes/{id}/opening")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public Reviews.OpeningSheet opening(@PathParam("id") long id, @Context SecurityContext security) {
        return reviews.sheet(caller(security), id);
    }

    /** IN-5, IN-6: every review level of the class, oldest first. */
    @GET
    @Path("classes/{id}/reviews")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<Reviews.Logged> log(@PathParam("id") long id, @Context SecurityContext security) {
        return reviews.log(caller(security), id);
    }

    /** IN-5, IN-6: the next review level of the class under review, by platform staff. */
    @POST
    @Path("classes/{id}/reviews")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Response review(@PathParam("id") long id, Reviews.Decision body, @Context SecurityContext security) {
        return Response.status(201).entity(reviews.decide(caller(security), id, body)).build();
    }

    /** IN-5 "申请免开班": before opening, the institution asks that the class be exempt from the per-head fee, giving its reason. */
    @POST
    @Path("classes/{id}/fee-exemption")
    @RolesAllowed({Roles.BILLING_ADMIN, Roles.ACADEMIC_ADMIN})
    public Response askExemption(@PathParam("id") long id, FeeExemptions.Request body, @Context SecurityContext security) {
        return Response.status(201).entity(exemptions.request(caller(security), id, body)).build();
    }

    /** IN-5: platform staff grant or refuse the pending fee exemption. */
    @POST
    @Path("classes/{id}/fee-exemption/decision")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public FeeExemptions.Exemption decideExemption(@PathParam("id") long id, FeeExemptions.Decision body,
            @Context SecurityContext security) {
        return exemptions.decide(caller(security), id, body);
    }

    /** IN-5: the class's fee exemption requests and their decisions, oldest first. */
    @GET
    @Path("classes/{id}/fee-exemption")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<FeeExemptions.Exemption> exemptions(@PathParam("id") long id, @Context SecurityContext security) {
        return exemptions.list(caller(security), id);
    }

    /** IN-6: the class's bill now — billed heads × per-head fee, as the policy settles it. */
    @GET
    @Path("classes/{id}/bill")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public Settlement bill(@PathParam("id") long id, @Context SecurityContext security) {
        return settlements.settle(PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, id, caller(security)).classId());
    }

    /** IN-8: the class-closing order the closing created (404 before closing, or when no head was billed). */
    @GET
    @Path("classes/{id}/closing-order")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public org.hourglass.api.commerce.OrderView closingOrder(@PathParam("id") long id, @Context SecurityContext security) {
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, id, caller(security));
        return orders.byKey(ClosingOrders.key(id)).orElseThrow(() -> org.hourglass.api.problem.Problem.notFound("closing order of class", id));
    }

    /** IN-2 "意见反馈": a learner of the class asks its teachers (where the class turned it on). */
    @POST
    @Path("classes/{id}/questions")
    @RolesAllowed(Roles.LEARNER)
    public Response ask(@PathParam("id") long id, Feedback.Text body, @Context SecurityContext security) {
        return Response.status(201).entity(feedback.ask(caller(security), id, body)).build();
    }

    /** IN-2: a learner's own questions and their answers; the class's staff see every one. */
    @GET
    @Path("classes/{id}/questions")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<Feedback.Item> questions(@PathParam("id") long id, @Context SecurityContext security) {
        return feedback.list(caller(security), id);
    }

    /** IN-2: the head teacher or an assistant answers, and may edit the answer later. */
    @PUT
    @Path("classes/{id}/questions/{questionId}/answer")
    @RolesAllowed({Roles.HEAD_TEACHER, Roles.ASSISTANT})
    public Feedback.Item answer(@PathParam("id") long id, @PathParam("questionId") long questionId, Feedback.Text body,
            @Context SecurityContext security) {
        return feedback.answer(caller(security), id, questionId, body);
    }

    /** IN-10: plan a live lesson of a class that planned live lessons before opening. */
    @POST
    @Path("classes/{id}/live-sessions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.INSTITUTION_STAFF})
    public Response planLive(@PathParam("id") long id, LiveSessions.Plan body, @Context SecurityContext security) {
        return Response.status(201).entity(live.plan(caller(security), id, body)).build();
    }

    /** IN-10: the class's live lessons with their watch and replay statistics. */
    @GET
    @Path("classes/{id}/live-sessions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<LiveSessions.Session> liveSessions(@PathParam("id") long id, @Context SecurityContext security) {
        return live.sessions(caller(security), id);
    }

    /** IN-10: each learner's live and replay minutes of one lesson ("学员观看详情"). */
    @GET
    @Path("classes/{id}/live-sessions/{sessionId}/attendance")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<LiveSessions.Watched> liveAttendance(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @Context SecurityContext security) {
        return live.attendance(caller(security), id, sessionId);
    }

    /** IN-8: reports the live lessons' viewer minutes to the prepaid balances now (the policy does it every minute too). */
    @POST
    @Path("live-usage")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public LiveUsage.Reported reportLiveUsage() {
        return liveUsage.report();
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow();
    }
}
