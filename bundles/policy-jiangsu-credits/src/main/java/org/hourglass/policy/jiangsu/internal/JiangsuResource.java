package org.hourglass.policy.jiangsu.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.PolicyResource;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/policies/jiangsu-credits}: the learner's year — classes by training year and grade (JS-2), the
 * pre-enrolment list and its checkout (JS-2, JS-3), the face-to-face class (JS-9), equivalent-credit declarations and
 * the year's requirement (JS-8) — and the city offices' decisions. Served by core while the policy is active (503 while
 * it is away).
 */
@Component(service = PolicyResource.class, property = TrainingPolicy.CODE_PROPERTY + "=" + JiangsuPolicy.CODE)
@Path("v1/policies/jiangsu-credits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JiangsuResource implements PolicyResource {
    /** JS-8: an attachment's size limit, as a transfer proof's (5 MiB). */
    static final int MAX_ATTACHMENT = 5 * 1024 * 1024;

    private final ClassSearch search;
    private final PreEnrolments preEnrolments;
    private final FaceToFace faceToFace;
    private final Declarations declarations;
    private final YearlyArchive archive;
    private final CourseSelection selection;

    @Activate
    public JiangsuResource(@Reference ClassSearch search, @Reference PreEnrolments preEnrolments, @Reference FaceToFace faceToFace,
            @Reference Declarations declarations, @Reference YearlyArchive archive, @Reference CourseSelection selection) {
        this.archive = archive;
        this.selection = selection;
        this.search = search;
        this.preEnrolments = preEnrolments;
        this.faceToFace = faceToFace;
        this.declarations = declarations;
    }

    /** JS-2: open classes, by training year and technical grade, with their provider and fee. */
    @GET
    @Path("classes")
    @RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.INSTITUTION_STAFF})
    public List<ClassSearch.Offer> classes(@QueryParam("year") Integer year, @QueryParam("grade") String grade) {
        return search.search(year, grade);
    }

    /** JS-4: the provider sorts the package's courses of a class (before it opens) into public, professional and elective. */
    @PUT
    @Path("classes/{id}/course-categories")
    @RolesAllowed({Roles.ACADEMIC_ADMIN, Roles.PLATFORM_ADMIN})
    public List<CourseSelection.Course> categorise(@PathParam("id") long id, CourseSelection.Categories body,
            @Context SecurityContext security) {
        return selection.categorise(caller(security), id, body);
    }

    /** JS-4 "确认选中的课程": a learner of the class chooses professional and elective courses, while a category's hours are unmet. */
    @POST
    @Path("classes/{id}/course-choices")
    @RolesAllowed(Roles.LEARNER)
    public CourseSelection.Home choose(@PathParam("id") long id, CourseSelection.Choice body, @Context SecurityContext security) {
        return selection.choose(caller(security), id, body);
    }

    /** JS-4 "班级首页 … 选课及考核要求": hours required, chosen and still to choose per category; every course and whether it is taken. */
    @GET
    @Path("classes/{id}/home")
    @RolesAllowed(Roles.LEARNER)
    public CourseSelection.Home home(@PathParam("id") long id, @Context SecurityContext security) {
        return selection.home(caller(security), id);
    }

    /** JS-2 "预报名清单": the learner's list. */
    @GET
    @Path("pre-enrolments")
    @RolesAllowed(Roles.LEARNER)
    public List<PreEnrolments.Item> preEnrolments(@Context SecurityContext security) {
        return preEnrolments.list(caller(security));
    }

    @POST
    @Path("pre-enrolments")
    @RolesAllowed(Roles.LEARNER)
    public Response addPreEnrolment(PreEnrolments.Add body, @Context SecurityContext security) {
        return Response.status(201).entity(preEnrolments.add(caller(security), body)).build();
    }

    @DELETE
    @Path("pre-enrolments/{classId}")
    @RolesAllowed(Roles.LEARNER)
    public Response removePreEnrolment(@PathParam("classId") long classId, @Context SecurityContext security) {
        preEnrolments.remove(caller(security), classId);
        return Response.noContent().build();
    }

    /** JS-2, JS-3 "结算": one order per provider of the chosen classes, with the invoice's title and delivery. */
    @POST
    @Path("pre-enrolments/checkout")
    @RolesAllowed(Roles.LEARNER)
    public Response checkout(PreEnrolments.Checkout body, @Context SecurityContext security) {
        List<OrderView> orders = preEnrolments.checkout(caller(security), body);
        return Response.status(201).entity(orders).build();
    }

    /** JS-9: the learner's face-to-face registrations, this year's and past ones. */
    @GET
    @Path("face-to-face")
    @RolesAllowed(Roles.LEARNER)
    public List<FaceToFace.Registration> faceToFace(@Context SecurityContext security) {
        return faceToFace.list(caller(security));
    }

    /** JS-9 "报名面授": this training year's face-to-face class, for a learner in no online class of the year. */
    @POST
    @Path("face-to-face")
    @RolesAllowed(Roles.LEARNER)
    public Response registerFaceToFace(@Context SecurityContext security) {
        return Response.status(201).entity(faceToFace.register(caller(security))).build();
    }

    /** JS-9 "取消报名": within the configured days of the registration day. */
    @POST
    @Path("face-to-face/{id}/cancellation")
    @RolesAllowed(Roles.LEARNER)
    public FaceToFace.Registration cancelFaceToFace(@PathParam("id") long id, @Context SecurityContext security) {
        return faceToFace.cancel(caller(security), id);
    }

    /** JS-9 "打印报名表". */
    @GET
    @Path("face-to-face/{id}/form.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.LEARNER)
    public Response faceToFaceForm(@PathParam("id") long id, @Context SecurityContext security) {
        return pdf(faceToFace.form(caller(security), id), "face-to-face-" + id + ".pdf");
    }

    /** JS-8 "新增申报". */
    @POST
    @Path("declarations")
    @RolesAllowed(Roles.LEARNER)
    public Response declare(Declarations.Form body, @Context SecurityContext security) {
        return Response.status(201).entity(declarations.submit(caller(security), body)).build();
    }

    /** JS-8: by kind, status and submission dates — a learner's own, a city office's city's, all for the platform admin. */
    @GET
    @Path("declarations")
    @RolesAllowed({Roles.LEARNER, Roles.REVIEWER, Roles.PLATFORM_ADMIN})
    public List<Declarations.Declaration> declarations(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        return declarations.list(caller(security), kind, status, date("from", from), date("to", to));
    }

    /** JS-8: a JPEG, PNG or PDF of at most 5 MiB for the office, while the declaration is undecided (at most 10). */
    @POST
    @Path("declarations/{id}/attachments")
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed(Roles.LEARNER)
    public Response attach(@PathParam("id") long id, java.io.InputStream body,
            @javax.ws.rs.HeaderParam(javax.ws.rs.core.HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security)
            throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_ATTACHMENT + 1);
        if (bytes.length > MAX_ATTACHMENT) {
            throw new Problem(413, "payload-too-large", "Payload too large", "an attachment has at most " + MAX_ATTACHMENT + " bytes", null);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim();
        if (bytes.length == 0 || !org.hourglass.api.documents.FileFormat.matches(type, bytes)) {
            throw Problem.invalidField("body", "the content is not a " + type + " file");
        }
        return Response.status(201).entity(declarations.attach(caller(security), id, bytes, type)).build();
    }

    /** JS-8: a declaration's attachments — for its learner, his city's office, the platform admin. */
    @GET
    @Path("declarations/{id}/attachments")
    @RolesAllowed({Roles.LEARNER, Roles.REVIEWER, Roles.PLATFORM_ADMIN})
    public List<Declarations.Attachment> attachments(@PathParam("id") long id, @Context SecurityContext security) {
        return declarations.attachments(caller(security), id);
    }

    @GET
    @Path("declarations/{id}/attachments/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.LEARNER, Roles.REVIEWER, Roles.PLATFORM_ADMIN})
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
            @Context SecurityContext security) {
        Declarations.File f = declarations.attachment(caller(security), id, attachmentId);
        return Response.ok(f.content(), f.contentType()).build();
    }

    /** JS-8: the city's examination office approves or refuses. */
    @POST
    @Path("declarations/{id}/decision")
    @RolesAllowed({Roles.REVIEWER, Roles.PLATFORM_ADMIN})
    public Declarations.Declaration decide(@PathParam("id") long id, Declarations.Decision body, @Context SecurityContext security) {
        return declarations.decide(caller(security), id, body);
    }

    /** JS-8: the platform admin assigns a reviewer account to a city's examination office. */
    @PUT
    @Path("city-reviewers/{accountId}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Declarations.City assignCity(@PathParam("accountId") long accountId, Declarations.City body) {
        return declarations.assign(accountId, body);
    }

    /** JS-10, JS-8: the learner's training year — online classes and their hours, face-to-face, declarations, what remains. */
    @GET
    @Path("years/{year}")
    @RolesAllowed(Roles.LEARNER)
    public YearlyArchive.Year year(@PathParam("year") int year, @Context SecurityContext security) {
        return archive.year(caller(security), year);
    }

    /** JS-10 "继续教育档案 … 打印": the year, printable. */
    @GET
    @Path("years/{year}/archive.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.LEARNER)
    public Response archivePdf(@PathParam("year") int year, @Context SecurityContext security) {
        return pdf(archive.pdf(caller(security), year), "archive-" + year + ".pdf");
    }

    private static Response pdf(byte[] content, String filename) {
        return Response.ok(content, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Problem.invalidField(field, "a date, e.g. 2026-03-01");
        }
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow();
    }
}
