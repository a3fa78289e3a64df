package org.hourglass.policy.beijing.internal;

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
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.rest.PolicyResource;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/policies/beijing-subsidy}: the calculator (API.md), class estimates and claim packages, applications
 * and their authority status (BJ-15, BJ-16), the survey (BJ-14), cheating findings (BJ-17), dispatched workers (BJ-1).
 * The policy's REST root, served by core while the policy is active; 503 policy-not-deployed while it is away, with
 * every row kept.
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + BeijingPolicy.CODE)
@Path("v1/policies/beijing-subsidy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeijingResource implements PolicyResource {

    private final BeijingPolicy policy;
    private final Estimates estimates;
    private final ClaimPackages packages;
    private final Applications applications;
    private final Surveys surveys;
    private final Cheating cheating;
    private final Dispatches dispatches;
    private final Employment employment;
    private final OfflinePlans offline;

    @Activate
    public BeijingResource(@Reference BeijingPolicy policy, @Reference Estimates estimates, @Reference ClaimPackages packages,
            @Reference Applications applications, @Reference Surveys surveys, @Reference Cheating cheating,
            @Reference Dispatches dispatches, @Reference OfflinePlans offline, @Reference Employment employment) {
        this.employment = employment;
        this.offline = offline;
        this.policy = policy;
        this.estimates = estimates;
        this.packages = packages;
        this.applications = applications;
        this.surveys = surveys;
        this.cheating = cheating;
        this.dispatches = dispatches;
    }

    /** BJ-2 … BJ-8 for given hours, with the rates in force: any logged-in client may estimate before training exists. */
    @POST
    @Path("calculator")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public SubsidyEstimate calculator(CalculatorInput body) {
        return SubsidyCalculator.estimate(policy.rates(), Problem.requireBody(body).validated());
    }

    /** The class's estimate from its learners' effective hours (C-37, BJ-2 … BJ-8). */
    @GET
    @Path("classes/{id}/estimate")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public ClassEstimate estimate(@PathParam("id") long id, @Context SecurityContext security) {
        return estimates.of(owned(id, security));
    }

    public record ClaimView(long classId, String sha256, Object claim) {
    }

    /** The claim package as it would be filed now, recomputed from the recorded facts (compare its hash with the filed one). */
    @GET
    @Path("classes/{id}/claim")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public Response claimNow(@PathParam("id") long id, @Context SecurityContext security) {
        ClaimPackage p = packages.build(owned(id, security));
        return Response.ok("{\"classId\":" + id + ",\"sha256\":\"" + p.sha256() + "\",\"claim\":" + p.json() + "}").build();
    }

    public record ApplyBody(Long classId, String reason) {
    }

    /** BJ-15: the whole class applies and closes; BJ-16: the claim goes to the subsidy authority. */
    @POST
    @Path("applications")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public Response apply(ApplyBody body, @Context SecurityContext security) {
        Problem.requireBody(body);
        if (body.classId() == null || body.classId() <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        if (body.reason() != null && body.reason().length() > 500) {
            throw Problem.invalidField("reason", "at most 500 characters");
        }
        return Response.status(201).entity(applications.apply(caller(security), body.classId(), body.reason())).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public List<ApplicationView> applications(@Context SecurityContext security) {
        return applications.list(caller(security));
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public Applications.Detail application(@PathParam("id") long id, @Context SecurityContext security) {
        return applications.get(caller(security), id);
    }

    /** The claim package exactly as filed, with its hash. */
    @GET
    @Path("applications/{id}/claim")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public Response claimFiled(@PathParam("id") long id, @Context SecurityContext security) {
        Applications.Claim c = applications.claim(caller(security), id);
        return Response.ok("{\"applicationId\":" + id + ",\"sha256\":\"" + c.sha256() + "\",\"claim\":" + c.json() + "}").build();
    }

    /** Beyond the seed: learners claimed by two organisations within the policy window. */
    @GET
    @Path("duplicates")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public List<Applications.Duplicate> duplicates() {
        return applications.duplicates(policy.policyEnd());
    }

    /** BJ-14: a learner of the class answers the satisfaction survey, once. */
    @POST
    @Path("surveys")
    @RolesAllowed(Roles.LEARNER)
    public Response answer(Surveys.Answer body, @Context SecurityContext security) {
        surveys.answer(caller(security).accountId(), body);
        return Response.status(201).build();
    }

    @GET
    @Path("classes/{id}/survey")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public Surveys.Summary survey(@PathParam("id") long id, @Context SecurityContext security) {
        return surveys.summary(owned(id, security), policy.config().surveyNegativeLimitPercent());
    }

    /** BJ-17: a finding of cheating by the platform's or the authority's review staff. */
    @POST
    @Path("cheating")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Response cheating(Cheating.Finding body, @Context SecurityContext security) {
        return Response.status(201).entity(cheating.found(caller(security), body)).build();
    }

    /** BJ-1, BJ-15: a dispatched worker's dispatch company and agreement. */
    @POST
    @Path("dispatches")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public Dispatches.Recorded dispatch(Dispatches.Dispatch body, @Context SecurityContext security) {
        return dispatches.record(caller(security), body);
    }

    /** BJ-1: the organisation declares a learner insured in Beijing and still employed (seed 000 Q2); the latest counts. */
    @POST
    @Path("employment")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public Employment.Declared employment(Employment.Declaration body, @Context SecurityContext security) {
        return employment.declare(caller(security), body);
    }

    /** BJ-13: an offline training plan, filed before it starts. */
    @POST
    @Path("offline-plans")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public Response file(OfflinePlans.Filing body, @Context SecurityContext security) {
        return Response.status(201).entity(offline.file(caller(security), body)).build();
    }

    @GET
    @Path("classes/{id}/offline-plans")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN})
    public List<OfflinePlans.PlanView> plans(@PathParam("id") long id, @Context SecurityContext security) {
        return offline.ofClass(caller(security), id);
    }

    /** BJ-13: the district authority approves a plan before it starts, and recognises its confirmed hours after. */
    @POST
    @Path("offline-plans/{id}/review")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public OfflinePlans.PlanView review(@PathParam("id") long id, OfflinePlans.Review body) {
        return offline.review(id, body);
    }

    /** BJ-13: a ten-second video per hour ({@code ?kind=VIDEO}) or an attachment of the plan ({@code ?kind=ATTACHMENT}), ≤ 20 MiB. */
    @POST
    @Path("offline-plans/{id}/files")
    @Consumes({"video/mp4", "video/quicktime", "video/webm", "application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public Response upload(@PathParam("id") long id, @javax.ws.rs.QueryParam("kind") String kind, java.io.InputStream body,
            @javax.ws.rs.HeaderParam(javax.ws.rs.core.HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security)
            throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(OfflinePlans.MAX_VIDEO + 1);
        if (bytes.length > OfflinePlans.MAX_VIDEO) {
            throw new Problem(413, "payload-too-large", "Payload too large", "a file has at most " + OfflinePlans.MAX_VIDEO + " bytes", null);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim();
        return Response.status(201).entity(offline.upload(caller(security), id, kind, type, bytes)).build();
    }

    /** BJ-13 (Q57): the organisation confirms the hours actually held, one video each. */
    @POST
    @Path("offline-plans/{id}/confirmation")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    public OfflinePlans.PlanView confirm(@PathParam("id") long id, OfflinePlans.Confirmation body, @Context SecurityContext security) {
        return offline.confirm(caller(security), id, body);
    }

    private ClassContext owned(long classId, SecurityContext security) {
        ClassContext cls = estimates.visibleClass(caller(security), classId);
        return cls;
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow();
    }
}
