package org.hourglass.records.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.CertificateRequest;
import org.hourglass.api.records.LearnerReportRow;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * IN-7 (seed 003 "学习报告", "批量下载"): a class's documents in one ZIP for its staff — a learning report per learner (PDF),
 * the training certificate of every learner who completed the whole package (issued now if it was not yet, C-40), and the
 * sign-in and photo records (CSV, UTF-8 with BOM so a spreadsheet program reads the Chinese). Written as it streams.
 */
@Component(service = ClassArchive.class)
public class ClassArchive {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TimeSource.DEFAULT_ZONE);

    private final JpaTemplate jpa;
    private final ClassReports reports;
    private final CertificateService certificates;
    private final DocumentRenderer documents;
    private final TimeSource time;

    @Activate
    public ClassArchive(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference ClassReports reports,
            @Reference CertificateService certificates, @Reference DocumentRenderer documents, @Reference TimeSource time) {
        this.jpa = jpa;
        this.reports = reports;
        this.certificates = certificates;
        this.documents = documents;
        this.time = time;
    }

    /** Everything the ZIP will hold, decided before the first byte is written (a refusal is still a clean 4xx). */
    public record Contents(ClassView cls, List<LearnerReportRow> learners, List<String> certificateCodes) {
    }

    public Contents prepare(Caller caller, long classId) {
        ClassView cls = reports.managed(caller, classId);
        List<LearnerReportRow> rows = reports.learners(caller, classId, null, null);
        List<String> codes = new ArrayList<>();
        for (LearnerReportRow r : rows) {
            if (r.completedAll() && !r.left()) {
                try {
                    codes.add(certificates.issue(caller, new CertificateRequest(classId, r.learnerId())).certificate().code());
                } catch (Problem p) {
                    // not eligible under the policy's completion rule (C-40): no certificate, the report says so
                }
            }
        }
        return new Contents(cls, rows, codes);
    }

    public void write(Contents c, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (LearnerReportRow r : c.learners()) {
                zip.putNextEntry(new ZipEntry("reports/" + r.learnerId() + ".pdf"));
                zip.write(documents.pdf(report(c.cls(), r)));
                zip.closeEntry();
            }
            for (String code : c.certificateCodes()) {
                zip.putNextEntry(new ZipEntry("certificates/" + code + ".pdf"));
                zip.write(certificates.pdf(code));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("sign-ins.csv"));
            zip.write(signIns(c.cls().id()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("photos.csv"));
            zip.write(photos(c.cls().id()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private PrintedPage report(ClassView cls, LearnerReportRow r) {
        return new PrintedPage("Learning report " + cls.id() + "-" + r.learnerId(), "学习报告  Learning report", List.of(
                "学员 Learner: " + r.name(), "证件号码 ID number: " + r.idNumber(), "班级 Class: " + cls.name(),
                "加入状态 Joined: " + (r.joined() ? "已加入" : "未加入"), "学习进度 Progress: " + r.progressPercent() + " %",
                "学时 Credited hours: " + r.creditedHours(), "考试最高分 Best exam score: " + (r.bestScore() == null ? "--" : r.bestScore()),
                "签到天数 Sign-in days: " + r.signInDays(), "拍照次数 Photos: " + r.photos(),
                "已全部学完 Completed all: " + (r.completedAll() ? "是 yes" : "否 no")), "Hourglass", null, time.now());
    }

    private String signIns(long classId) {
        StringBuilder csv = new StringBuilder("\uFEFFlearnerId,day,slot,signedAt\n");
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s.learnerId, s.day, s.slot, s.signedAt from SignInEntity s "
                + "where s.classId = :c order by s.learnerId, s.day, s.slot", Object[].class).setParameter("c", classId).getResultList())
                .forEach(r -> csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',')
                        .append(LOCAL.format((java.time.Instant) r[3])).append('\n'));
        return csv.toString();
    }

    private String photos(long classId) {
        StringBuilder csv = new StringBuilder("\uFEFFlearnerId,takenAt,sha256,faceMatch\n");
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p.learnerId, p.takenAt, p.sha256, p.faceMatch from PhotoEntity p "
                + "where p.classId = :c order by p.learnerId, p.takenAt", Object[].class).setParameter("c", classId).getResultList())
                .forEach(r -> csv.append(r[0]).append(',').append(LOCAL.format((java.time.Instant) r[1])).append(',').append(r[2])
                        .append(',').append(r[3] == null ? "" : r[3]).append('\n'));
        return csv.toString();
    }
}
