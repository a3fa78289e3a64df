package org.hourglass.records.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.ClassOverview;
import org.hourglass.api.records.LearnerLearning;
import org.hourglass.api.records.LearnerReportRow;
import org.hourglass.api.records.SignInReport;
import org.hourglass.api.records.StudyDay;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.spreadsheet.SpreadsheetWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code /api/v1/classes/{id}/reports/…}: C-27, the staff's views of a class (seed 003) — overview, learner management
 * (with an xlsx export), sign-in statistics, study by day, one learner's learning detail. For whoever manages the class.
 */
@Component(service = ClassReportsResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/classes/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ClassReportsResource {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SpreadsheetWriter spreadsheets;

    private final ClassReports reports;
    private final ClassArchive archive;
    private final TimeSource time;

    @Activate
    public ClassReportsResource(@Reference ClassReports reports, @Reference ClassArchive archive, @Reference TimeSource time) {
        this.reports = reports;
        this.archive = archive;
        this.time = time;
    }

    @GET
    @Path("overview")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public ClassOverview overview(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.overview(caller(security), id);
    }

    /** Learner management: {@code joined=true|false} filters by join state, {@code q} by name, contact or ID number. */
    @GET
    @Path("learners")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response learners(@PathParam("id") long id, @QueryParam("joined") Boolean joined, @QueryParam("q") String q,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security,
            @Context UriInfo uri) {
        Paging paging = Paging.of(offset, limit);
        List<LearnerReportRow> rows = reports.learners(caller(security), id, joined, bounded(q));
        return paging.respond(rows.subList(Math.min(rows.size(), paging.offset()), Math.min(rows.size(), paging.offset() + paging.limit())),
                rows.size(), uri);
    }

    /** The same rows as an xlsx file, the seed's columns first ("导出学员"). */
    @GET
    @Path("learners.xlsx")
    @Produces(SpreadsheetWriter.XLSX)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response export(@PathParam("id") long id, @QueryParam("joined") Boolean joined, @QueryParam("q") String q,
            @Context SecurityContext security) {
        SpreadsheetWriter writer = spreadsheets;
        if (writer == null) {
            throw new Problem(503, "feature-not-installed", "Spreadsheet export not installed",
                    "install the hourglass-spreadsheet feature, or read GET …/reports/learners as JSON", null);
        }
        List<LearnerReportRow> rows = reports.learners(caller(security), id, joined, bounded(q));
        List<String> header = List.of("学员姓名", "联系方式", "证件类型", "证件号码", "性别", "加入状态", "加入时间", "加入账号", "学习进度(%)",
                "学时", "已全部学完", "考试最高分", "课程时长", "学习时长", "最后学习时间", "签到天数", "拍照次数");
        List<List<String>> cells = rows.stream().map(this::cells).toList();
        StreamingOutput body = out -> writer.write("学员", header, cells, out);
        return Response.ok(body, SpreadsheetWriter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"class-" + id + "-learners.xlsx\"").build();
    }

    private List<String> cells(LearnerReportRow r) {
        return java.util.Arrays.asList(r.name(), r.contact(), r.idType() == null ? null : r.idType().chineseName(), r.idNumber(),
                r.gender() == null ? null : r.gender() == Gender.MALE ? "男" : "女", r.joined() ? "已加入" : "未加入",
                r.joinedAt() == null ? null : LOCAL.format(r.joinedAt().atZone(time.clock().getZone())), r.joinAccount(),
                Integer.toString(r.progressPercent()), r.creditedHours().toString(), r.completedAll() ? "是" : "否",
                r.bestScore() == null ? "--" : r.bestScore().toString(), clock(r.courseSeconds()), clock(r.studiedSeconds()),
                r.lastStudyAt() == null ? null : LOCAL.format(r.lastStudyAt().atZone(time.clock().getZone())),
                Integer.toString(r.signInDays()), Integer.toString(r.photos()));
    }

    /** Seed 003's "00:05:28" durations. */
    private static String clock(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * IN-7 (seed 003 "批量下载"): one ZIP of the class's learning reports (PDF per learner), the certificates of those who
     * completed the whole package (issued now where they were not yet), and the sign-in and photo records (CSV).
     */
    @GET
    @Path("archive.zip")
    @Produces("application/zip")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public Response archive(@PathParam("id") long id, @Context SecurityContext security) {
        ClassArchive.Contents contents = archive.prepare(caller(security), id);
        StreamingOutput body = out -> archive.write(contents, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"class-" + id + ".zip\"")
                .build();
    }

    @GET
    @Path("sign-ins")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public SignInReport signIns(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.signIns(caller(security), id);
    }

    @GET
    @Path("study-by-day")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public List<StudyDay> studyByDay(@PathParam("id") long id, @Context SecurityContext security) {
        return reports.studyByDay(caller(security), id);
    }

    @GET
    @Path("learners/{learnerId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REVIEWER, Roles.ORG_ADMIN, Roles.INSTITUTION_STAFF})
    public LearnerLearning learning(@PathParam("id") long id, @PathParam("learnerId") long learnerId, @Context SecurityContext security) {
        return reports.learning(caller(security), id, learnerId);
    }

    private static String bounded(String q) {
        if (q != null && q.length() > 100) {
            throw Problem.invalidField("q", "at most 100 characters");
        }
        return q;
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security).orElseThrow();
    }
}
