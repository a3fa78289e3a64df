package org.hourglass.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The stored facts of a finished class for the settlement benchmark, written in 100-row batches into the records'
 * tables (REC_CHAPTER coverage, REC_ATTEMPT scored course exams) as the heartbeat and exam paths would leave them:
 * a spread of learners — most watched everything, every 10th stopped at half of the last chapter, scores 50…100.
 */
@Component(service = CoverageFixture.class)
public class CoverageFixture {
    private final DataSource db;
    private final ClassDirectory classes;
    private final CourseDirectory catalog;
    private final EntityManagerFactory records;

    @Activate
    public CoverageFixture(@Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db, @Reference ClassDirectory classes,
            @Reference CourseDirectory catalog, @Reference(target = "(osgi.unit.name=hourglass-records)") EntityManagerFactory records) {
        this.db = db;
        this.classes = classes;
        this.catalog = catalog;
        this.records = records;
    }

    public record Seeded(int learners, int courses, long chapterRows, long attemptRows) {
    }

    Seeded seed(long classId) throws SQLException {
        ClassView cls = classes.find(classId).orElseThrow(() -> Problem.notFound("class", classId));
        if (cls.packageId() == null) {
            throw Problem.conflict("class " + classId + " has no package");
        }
        PackageView pkg = catalog.packageVersion(cls.packageId(), cls.packageVersion()).orElseThrow();
        List<CourseView> courses = pkg.courseIds().stream().map(id -> catalog.find(id).orElseThrow()).toList();
        List<RosterEntryView> roster = classes.roster(classId);
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 2, 0));
        long chapters = 0;
        long attempts = 0;
        try (Connection c = db.getConnection();
                PreparedStatement ch = c.prepareStatement("INSERT INTO REC_CHAPTER (LEARNER_ID, CLASS_ID, COURSE_ID, CHAPTER_ID, LENGTH_MS, "
                        + "FURTHEST_MS, COMPLETED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement at2 = c.prepareStatement("INSERT INTO REC_ATTEMPT (LEARNER_ID, CLASS_ID, COURSE_ID, PAPER_ID, PRACTICE, "
                        + "STARTED_AT, DEADLINE, SUBMITTED_AT, ANSWERS, SCORE, VERSION) VALUES (?, ?, ?, ?, 0, ?, ?, ?, '[]', ?, 1)")) {
            c.setAutoCommit(false);
            int i = 0;
            for (RosterEntryView e : roster) {
                i++;
                for (CourseView course : courses) {
                    for (ChapterView chapter : course.chapters()) {
                        long len = chapter.durationSeconds() * 1000L;
                        boolean stopped = i % 10 == 0 && chapter == course.chapters().get(course.chapters().size() - 1);
                        ch.setLong(1, e.learnerId());
                        ch.setLong(2, classId);
                        ch.setLong(3, course.id());
                        ch.setLong(4, chapter.id());
                        ch.setLong(5, len);
                        ch.setLong(6, stopped ? len / 2 : len);
                        ch.setTimestamp(7, stopped ? null : at);
                        ch.addBatch();
                        if (++chapters % 100 == 0) {
                            ch.executeBatch();
                        }
                    }
                    if (course.paperId() != null) {
                        at2.setLong(1, e.learnerId());
                        at2.setLong(2, classId);
                        at2.setLong(3, course.id());
                        at2.setLong(4, course.paperId());
                        at2.setTimestamp(5, at);
                        at2.setTimestamp(6, at);
                        at2.setTimestamp(7, at);
                        at2.setInt(8, 50 + (int) ((e.learnerId() * 7 + course.id()) % 51));
                        at2.addBatch();
                        if (++attempts % 100 == 0) {
                            at2.executeBatch();
                        }
                    }
                }
            }
            ch.executeBatch();
            at2.executeBatch();
            SettlementTiming.countChange(c, classId);
            c.commit();
        }
        records.getCache().evictAll();
        return new Seeded(roster.size(), courses.size(), chapters, attempts);
    }
}
