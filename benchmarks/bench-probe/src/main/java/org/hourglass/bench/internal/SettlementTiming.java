package org.hourglass.bench.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.ClassStandings;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 7 benchmark 3 in-process: a class's standings from the stored facts (records) and its settlement by the
 * class's policy (effective hours per learner, C-37, priced), timed over warm-up and measured runs. Issue 19: the records
 * keep a class's standings while its facts do not change, so the runs are timed twice — as they come (a quiet class: the
 * estimate page, the claim) and each right after a change of the facts is counted (the first settlement after study).
 */
@Component(service = SettlementTiming.class)
public class SettlementTiming {
    private final ClassStandings standings;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;
    private final DataSource db;

    @Activate
    public SettlementTiming(@Reference ClassStandings standings, @Reference ClassDirectory classes, @Reference PolicyRegistry policies,
            @Reference(target = "(osgi.jndi.service.name=hourglass)") DataSource db) {
        this.standings = standings;
        this.classes = classes;
        this.policies = policies;
        this.db = db;
    }

    public record Timing(long classId, int learners, int coursesPerLearner, String total, int warmups, int runs, double minMs,
            double p50Ms, double p95Ms, double maxMs, double meanMs, double afterChangeP50Ms, double afterChangeP95Ms,
            String afterChangeTotal) {
    }

    /** Counts a change of the class's facts, as the records bundle's writers do in their transactions (REC_CLASS_FACTS). */
    static void countChange(Connection c, long classId) throws SQLException {
        try (PreparedStatement bump = c.prepareStatement("UPDATE REC_CLASS_FACTS SET CHANGES = CHANGES + 1 WHERE CLASS_ID = ?")) {
            bump.setLong(1, classId);
            if (bump.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement add = c.prepareStatement("INSERT INTO REC_CLASS_FACTS (CLASS_ID, CHANGES) VALUES (?, 1)")) {
            add.setLong(1, classId);
            add.executeUpdate();
        }
    }

    private void countChange(long classId) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            countChange(c, classId);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Timing time(long classId, int warmups, int runs) {
        ClassContext cls = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        TrainingPolicy policy = policies.find(cls.policyCode()).orElseThrow(() -> Problem.policyNotDeployed(cls.policyCode()));
        Settlement last = null;
        int learners = 0;
        int courses = 0;
        for (int i = 0; i < warmups; i++) {
            last = settle(cls, policy);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<LearnerStanding> s = standings.standings(classId);
            last = policy.settle(new org.hourglass.api.policy.SettlementInput(cls, s, Instant.now()));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            learners = s.size();
            courses = s.isEmpty() ? 0 : s.get(0).courses().size();
        }
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        double[] changed = new double[runs];
        Settlement afterChange = null;
        for (int i = 0; i < runs; i++) {
            countChange(classId);
            long t0 = System.nanoTime();
            afterChange = settle(cls, policy);
            changed[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(changed);
        return new Timing(classId, learners, courses, last == null ? null : last.total().toString(), warmups, runs, ms[0],
                ms[runs / 2], p95(ms), ms[runs - 1], mean, changed[runs / 2], p95(changed), afterChange.total().toString());
    }

    private static double p95(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }

    private Settlement settle(ClassContext cls, TrainingPolicy policy) {
        return policy.settle(new org.hourglass.api.policy.SettlementInput(cls, standings.standings(cls.classId()), Instant.now()));
    }
}
