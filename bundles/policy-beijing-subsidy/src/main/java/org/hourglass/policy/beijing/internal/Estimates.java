package org.hourglass.policy.beijing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.records.ClassStandings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A class's estimate from the recorded facts: the records' standings of every roster learner, judged by
 * {@link BeijingPolicy#completion} (C-37) and priced by {@link SubsidyCalculator} — the same code as the
 * calculator endpoint, so a hand computation from the hours matches.
 */
@Component(service = Estimates.class)
public class Estimates {
    private final BeijingPolicy policy;
    private final ClassStandings standings;
    private final ClassDirectory classes;
    private final LearnerDirectory learners;
    private final BeijingStore store;

    @Activate
    public Estimates(@Reference BeijingPolicy policy, @Reference ClassStandings standings, @Reference ClassDirectory classes,
            @Reference LearnerDirectory learners, @Reference BeijingStore store) {
        this.store = store;
        this.policy = policy;
        this.standings = standings;
        this.classes = classes;
        this.learners = learners;
    }

    ClassContext beijingClass(long classId) {
        ClassContext cls = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        if (!BeijingPolicy.CODE.equals(cls.policyCode())) {
            throw Problem.notFound("class under " + BeijingPolicy.CODE, classId);
        }
        return cls;
    }

    /** BJ-13: the policy's recognised offline hours join the recorded online facts (Q41: they add up). */
    private static LearnerStanding withOffline(LearnerStanding s, Hours offline) {
        return new LearnerStanding(s.learnerId(), s.courses(), s.classProgressPercent(), s.classExamBestScore(), s.offlineHours().plus(offline),
                s.disqualified());
    }

    ClassEstimate of(ClassContext cls) {
        SubsidyRates rates = policy.rates();
        List<ClassEstimate.LearnerEstimate> rows = new ArrayList<>();
        Money total = Money.ZERO;
        int eligible = 0;
        Map<Long, Hours> offline = store.recognisedOfflineHours(cls.classId());
        for (LearnerStanding recorded : standings.standings(cls.classId())) {
            LearnerStanding s = offline.containsKey(recorded.learnerId()) ? withOffline(recorded, offline.get(recorded.learnerId())) : recorded;
            Map<CourseType, Hours> hours = policy.completion(cls, s).effectiveHoursByType();
            SubsidyEstimate e = SubsidyCalculator.estimate(rates, hours);
            Map<String, String> byType = new TreeMap<>();
            SubsidyRates.SUBSIDISED.forEach(t -> byType.put(t.name(), hours.getOrDefault(t, Hours.ZERO).toString()));
            LearnerView l = learners.find(s.learnerId()).orElse(null);
            rows.add(new ClassEstimate.LearnerEstimate(s.learnerId(), l == null ? "?" : l.name(),
                    l == null ? "?" : ResidentIdNumber.mask(l.idNumber()), byType, s.disqualified(), e));
            total = total.plus(e.amount());
            eligible += e.eligible() ? 1 : 0;
        }
        return new ClassEstimate(cls.classId(), cls.status(), rows.size(), eligible, total, rates.parameters(), rows);
    }
}
