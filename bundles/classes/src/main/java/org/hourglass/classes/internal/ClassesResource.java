package org.hourglass.classes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PATCH;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.classes.ClassEdit;
import org.hourglass.api.classes.ClassJoin;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.GroupAssignment;
import org.hourglass.api.classes.GroupBody;
import org.hourglass.api.classes.GroupView;
import org.hourglass.api.classes.TaskBody;
import org.hourglass.api.classes.TaskView;
import org.hourglass.api.classes.ImportReport;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.RosterRow;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.classes.TransitionBody;
import org.hourglass.api.classes.TransitionView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.spreadsheet.SpreadsheetReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code /api/v1/classes}: create, list, read, move through the policy's lifecycle (C-20), rosters (C-21, C-24). */
@Component(service = ClassesResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassesResource {
    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    /** Room for the form's boundaries and part headers around the file. */
    static final int FORM_OVERHEAD = 16 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SpreadsheetReader spreadsheets;

    private final ClassService classes;
    private final RosterService roster;
    private final GroupTaskService groupsAndTasks;
    private final ClassEditing editing;
    private final ClassJoining joining;

    @Activate
    public ClassesResource(@Reference ClassService classes, @Reference RosterService roster,
            @Reference GroupTaskService groupsAndTasks, @Reference ClassEditing editing, @Reference ClassJoining joining) {
        this.editing = editing;
        this.joining = joining;
        this.classes = classes;
        this.roster = roster;
        this.groupsAndTasks = groupsAndTasks;
    }

    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response create(NewClass body, @Context SecurityContext security, @Context UriInfo uri) {
        Problem.requireBody(body);
        ClassView created = classes.create(caller(security), body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    /** Staff and org admins: the classes they manage; a learner: the classes he is on (C-26). */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public Response list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        ClassService.Page page = classes.list(caller(security), paging);
        return paging.respond(page.items(), page.total(), uri);
    }

    /** A learner joins a class of his with name, ID number and the class password, where its policy asks for that. */
    @POST
    @Path("join")
    @RolesAllowed(Roles.LEARNER)
    public ClassView join(ClassJoin body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return joining.join(caller(security), body);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public ClassView get(@PathParam("id") long id, @Context SecurityContext security) {
        return classes.get(caller(security), id);
    }

    /** C-28: edit a class (everything before it opens; then its notice, and its capacity through platform staff). */
    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ClassView edit(@PathParam("id") long id, ClassEdit body, @Context SecurityContext security) {
        Problem.requireBody(body);
        return editing.edit(caller(security), id, body);
    }

    /** C-28: delete a class that has not opened, with its roster, groups and tasks, in one transaction. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        editing.delete(caller(security), id);
        return Response.noContent().build();
    }

    /** C-12: select (or re-select, picking up package edits) the class's course package. */
    @PUT
    @Path("{id}/package")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ClassView selectPackage(@PathParam("id") long id, PackageSelection body, @Context SecurityContext security) {
        Problem.requireBody(body);
        if (body.packageId() == null || body.packageId() <= 0) {
            throw Problem.invalidField("packageId", "required: the course package to use");
        }
        return classes.selectPackage(Caller.of(security).orElseThrow(), id, body.packageId());
    }

    /** Body of {@code PUT /api/v1/classes/{id}/package} (C-12). */
    public record PackageSelection(Long packageId) {
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

    /** C-21: a JSON array of rows; answers the import report (valid rows imported, invalid ones by row). */
    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ImportReport importRoster(@PathParam("id") long id, List<RosterRow> rows, @QueryParam("dryRun") boolean dryRun,
            @Context SecurityContext security) {
        return roster.importRows(caller(security), id, rows, dryRun);
    }

    /** C-21: the same as CSV (header: name, contact, idType, idNumber, gender, or the seed's Chinese column names). */
    @POST
    @Path("{id}/roster")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ImportReport importRosterCsv(@PathParam("id") long id, InputStream csv, @QueryParam("dryRun") boolean dryRun,
            @Context SecurityContext security) throws IOException {
        return importCsv(caller(security), id, limited(csv, MAX_UPLOAD_BYTES), dryRun);
    }

    /** C-21: the same as an Excel file (xlsx or xls), first sheet, first line the header. */
    @POST
    @Path("{id}/roster")
    @Consumes({XLSX, XLS})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ImportReport importRosterSpreadsheet(@PathParam("id") long id, InputStream file, @QueryParam("dryRun") boolean dryRun,
            @Context SecurityContext security) throws IOException {
        return importSpreadsheet(caller(security), id, limited(file, MAX_UPLOAD_BYTES), dryRun);
    }

    /** C-21 from a browser form: the file part decides by its extension (.csv, .xlsx, .xls). */
    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ImportReport importRosterForm(@PathParam("id") long id, InputStream form, @QueryParam("dryRun") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security) throws IOException {
        Caller caller = caller(security);
        String boundary = MediaType.valueOf(contentType).getParameters().get("boundary");
        MultipartForm.FilePart file = MultipartForm.file(limited(form, MAX_UPLOAD_BYTES + FORM_OVERHEAD), boundary);
        if (file.content().length > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        return switch (file.extension()) {
            case "csv" -> importCsv(caller, id, file.content(), dryRun);
            case "xlsx", "xls" -> importSpreadsheet(caller, id, file.content(), dryRun);
            default -> throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "a roster file is .csv, .xlsx or .xls; got '" + file.filename() + "'", null);
        };
    }

    private ImportReport importCsv(Caller caller, long id, byte[] bytes, boolean dryRun) {
        return roster.importRows(caller, id, CsvRoster.parse(new String(bytes, StandardCharsets.UTF_8)), dryRun);
    }

    private ImportReport importSpreadsheet(Caller caller, long id, byte[] bytes, boolean dryRun) throws IOException {
        SpreadsheetReader reader = spreadsheets;
        if (reader == null) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "spreadsheet import is not installed; upload CSV or JSON", null);
        }
        List<List<String>> table = reader.firstSheet(new java.io.ByteArrayInputStream(bytes), RosterService.MAX_ROWS + 1);
        return roster.importRows(caller, id, CsvRoster.rows(table), dryRun);
    }

    @GET
    @Path("{id}/roster")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public List<RosterEntryView> roster(@PathParam("id") long id, @Context SecurityContext security) {
        return roster.roster(caller(security), id);
    }

    @POST
    @Path("{id}/groups")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response createGroup(@PathParam("id") long id, GroupBody body, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(groupsAndTasks.createGroup(caller(security), id, body)).build();
    }

    @GET
    @Path("{id}/groups")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public List<GroupView> groups(@PathParam("id") long id, @Context SecurityContext security) {
        return groupsAndTasks.groups(caller(security), id);
    }

    /** C-22: change a learner's group. */
    @PUT
    @Path("{id}/roster/{learnerId}/group")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public RosterEntryView assignGroup(@PathParam("id") long id, @PathParam("learnerId") long learnerId, GroupAssignment body,
            @Context SecurityContext security) {
        return groupsAndTasks.assign(caller(security), id, learnerId, body);
    }

    @POST
    @Path("{id}/tasks")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response publishTask(@PathParam("id") long id, TaskBody body, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(groupsAndTasks.publish(caller(security), id, body)).build();
    }

    /** Learners see their own tasks, from the class start date on (C-23). */
    /** C-25: withdraw a task while no learner has studied its course 10 minutes or more. */
    @DELETE
    @Path("{id}/tasks/{taskId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response withdrawTask(@PathParam("id") long id, @PathParam("taskId") long taskId, @Context SecurityContext security) {
        groupsAndTasks.withdraw(caller(security), id, taskId);
        return Response.noContent().build();
    }

    /** C-27: edit a roster entry's contact (free text, C-21) until the class closes. */
    @PATCH
    @Path("{id}/roster/{learnerId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public RosterEntryView editRosterEntry(@PathParam("id") long id, @PathParam("learnerId") long learnerId, RosterEntryEdit body,
            @Context SecurityContext security) {
        Problem.requireBody(body);
        return roster.editContact(caller(security), id, learnerId, body.contact());
    }

    /** Body of {@code PATCH /api/v1/classes/{id}/roster/{learnerId}}: the contact (phone, address or e-mail; blank clears it). */
    public record RosterEntryEdit(String contact) {
    }

    /** C-25: take a learner off the roster while they have studied under 10 minutes in the class. */
    @DELETE
    @Path("{id}/roster/{learnerId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response removeLearner(@PathParam("id") long id, @PathParam("learnerId") long learnerId, @Context SecurityContext security) {
        roster.remove(caller(security), id, learnerId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/tasks")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF, Roles.LEARNER})
    public List<TaskView> tasks(@PathParam("id") long id, @Context SecurityContext security) {
        return groupsAndTasks.tasks(caller(security), id);
    }

    private static byte[] limited(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge();
        }
        return bytes;
    }

    private static Problem tooLarge() {
        return new Problem(413, "payload-too-large", "Payload too large", "a roster file has at most " + MAX_UPLOAD_BYTES + " bytes", null);
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow(() -> new Problem(401, "unauthenticated", "Not authenticated", "log in first", null));
    }
}
