package org.hourglass.records.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.documents.FileFormat;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Heartbeat;
import org.hourglass.api.records.HeartbeatResult;
import org.hourglass.api.records.ProgressView;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/learning}: heartbeats (C-30 … C-34) and progress (C-32, C-37). */
@Component(service = LearningResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/learning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningResource {
    private final HeartbeatService heartbeats;
    private final Progress progress;
    private final ExamService exams;
    private final ClassDirectory classes;
    private final Challenges challenges;
    private final Presence presence;

    @Activate
    public LearningResource(@Reference HeartbeatService heartbeats, @Reference Progress progress, @Reference ExamService exams,
            @Reference ClassDirectory classes, @Reference Challenges challenges, @Reference Presence presence) {
        this.challenges = challenges;
        this.presence = presence;
        this.heartbeats = heartbeats;
        this.progress = progress;
        this.exams = exams;
        this.classes = classes;
    }

    /**
     * A learner's player reports where it is; the answer says what was credited, and is sent only after
     * the beat is committed. Retries with the same {@code Idempotency-Key} get the first answer.
     */
    @POST
    @Path("heartbeats")
    @RolesAllowed(Roles.LEARNER)
    public HeartbeatResult heartbeat(Heartbeat body, @HeaderParam("Idempotency-Key") String key, @Context SecurityContext security) {
        Problem.requireBody(body);
        return heartbeats.accept(Caller.of(security).orElseThrow().accountId(), body, key);
    }

    public record ChallengeAnswer(List<Integer> answer) {
    }

    public record ChallengeResult(boolean correct) {
    }

    /** The answer to a pop-up question (C-38): right resumes credit; wrong is recorded and the question stays. */
    @POST
    @Path("challenges/{nonce}")
    @RolesAllowed(Roles.LEARNER)
    public ChallengeResult answer(@PathParam("nonce") String nonce, ChallengeAnswer body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return new ChallengeResult(challenges.answer(Caller.of(security).orElseThrow().accountId(), nonce, body.answer()));
    }

    public record SignInRequest(Long classId) {
    }

    /** Daily sign-in (C-38): once a day, or morning and afternoon, as the class policy asks. */
    @POST
    @Path("sign-ins")
    @RolesAllowed(Roles.LEARNER)
    public Response signIn(SignInRequest body, @Context SecurityContext security) {
        Problem.requireBody(body);
        if (body.classId() == null || body.classId() <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        return Response.status(201).entity(presence.signIn(Caller.of(security).orElseThrow().accountId(), body.classId())).build();
    }

    /** A photo capture (C-38): JPEG or PNG, at most 512 KiB, stored by content hash, checked by the face verifier. */
    @POST
    @Path("photos")
    @Consumes({"image/jpeg", "image/png"})
    @RolesAllowed(Roles.LEARNER)
    public Response photo(@QueryParam("classId") Long classId, java.io.InputStream image,
            @javax.ws.rs.HeaderParam(javax.ws.rs.core.HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security)
            throws java.io.IOException {
        if (classId == null || classId <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        byte[] bytes = image.readNBytes(Presence.MAX_PHOTO_BYTES + 1);
        if (bytes.length > Presence.MAX_PHOTO_BYTES) {
            throw new Problem(413, "payload-too-large", "Payload too large", "a photo has at most " + Presence.MAX_PHOTO_BYTES + " bytes",
                    null);
        }
        String type = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("image/png") ? "image/png" : "image/jpeg";
        if (!FileFormat.matches(type, bytes)) {
            throw Problem.invalidField("photo", "the bytes are not a " + type + " image");
        }
        return Response.status(201).entity(presence.photo(Caller.of(security).orElseThrow().accountId(), classId, bytes, type)).build();
    }

    public record Disqualification(Long classId, Long learnerId, String reason) {
    }

    /** C-38, BJ Q10: clears a cheating learner's credited time in a class; the facts stay. */
    @POST
    @Path("disqualifications")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER})
    public Response disqualify(Disqualification body, @Context SecurityContext security) {
        Problem.requireBody(body);
        if (body.classId() == null || body.learnerId() == null) {
            throw Problem.invalidField(body.classId() == null ? "classId" : "learnerId", "required");
        }
        challenges.disqualify(Caller.of(security).orElseThrow(), body.classId(), body.learnerId(), body.reason());
        return Response.status(201).entity(progress.of(classes.find(body.classId()).orElseThrow(), body.learnerId(), exams)).build();
    }

    /**
     * A learner's progress in a class: the learner's own (learnerId omitted or theirs), or, for the
     * class's staff and admins, one learner's — or every learner's on the roster when learnerId is omitted.
     */
    @GET
    @Path("progress")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response progress(@QueryParam("classId") Long classId, @QueryParam("learnerId") Long learnerId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security,
            @Context UriInfo uri) {
        if (classId == null || classId <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        Caller caller = Caller.of(security).orElseThrow();
        if (caller.hasRole(Roles.LEARNER) && (learnerId == null || learnerId == caller.accountId())) {
            ClassView cls = progressClass(classId, caller.accountId());
            return Response.ok(progress.of(cls, caller.accountId(), exams)).build();
        }
        ClassView cls = classes.find(classId).filter(c -> ClassOwnership.manages(caller, c))
                .orElseThrow(() -> Problem.notFound("class", classId));
        if (learnerId != null) {
            if (classes.rosterEntry(classId, learnerId).isEmpty()) {
                throw Problem.notFound("learner on the roster", learnerId);
            }
            return Response.ok(progress.of(cls, learnerId, exams)).build();
        }
        Paging paging = Paging.of(offset, limit);
        List<RosterEntryView> roster = classes.roster(classId);
        List<ProgressView> page = roster.stream().skip(paging.offset()).limit(paging.limit())
                .map(r -> progress.of(cls, r.learnerId(), exams)).toList();
        return paging.respond(page, roster.size(), uri);
    }

    private ClassView progressClass(long classId, long learnerId) {
        return classes.find(classId).filter(c -> classes.rosterEntry(classId, learnerId).isPresent())
                .orElseThrow(() -> Problem.notFound("class", classId));
    }
}
