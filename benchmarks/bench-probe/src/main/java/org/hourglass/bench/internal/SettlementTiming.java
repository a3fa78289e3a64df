package org.hourglass.bench.internal;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 7 benchmark 3 in-process: a class's standings from the stored facts (records) and its settlement by the
 * class's policy (effective hours per learner, C-37, priced), timed over warm-up and measured runs.
 */
@Component(service = SettlementTiming.class)
public class SettlementTiming {
    private final ClassStandings standings;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;

    @Activate
    public SettlementTiming(@Reference ClassStandings standings, @Reference ClassDirectory classes, @Reference PolicyRegistry policies) {
        this.standings = standings;
        this.classes = classes;
        this.policies = policies;
    }

    public record Timing(long classId, int learners, int coursesPerLearner, String total, int warmups, int runs, double minMs,
            double p50Ms, double p95Ms, double maxMs, double meanMs) {
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
        return new Timing(classId, learners, courses, last == null ? null : last.total().toString(), warmups, runs, ms[0],
                ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], ms[runs - 1], mean);
    }

    private Settlement settle(ClassContext cls, TrainingPolicy policy) {
        return policy.settle(new org.hourglass.api.policy.SettlementInput(cls, standings.standings(cls.classId()), Instant.now()));
    }
}
