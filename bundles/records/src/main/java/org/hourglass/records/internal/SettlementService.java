package org.hourglass.records.internal;

import java.util.List;
import java.util.Map;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.ClassStandings;
import org.hourglass.api.records.Settlements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one computation of a class's money: core gathers the facts — every roster learner's standing from the records
 * and the hours the policy recognised itself ({@code TrainingPolicy.recognisedHours}, BJ-13) — and the class's policy
 * judges and prices them in {@code settle}. Deterministic for the same facts and configuration.
 */
@Component(service = Settlements.class)
public class SettlementService implements Settlements {
    private final ClassDirectory classes;
    private final ClassStandings standings;
    private final PolicyRegistry policies;
    private final TimeSource time;

    @Activate
    public SettlementService(@Reference ClassDirectory classes, @Reference ClassStandings standings, @Reference PolicyRegistry policies,
            @Reference TimeSource time) {
        this.classes = classes;
        this.standings = standings;
        this.policies = policies;
        this.time = time;
    }

    @Override
    public Settlement settle(long classId) {
        ClassContext cls = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        TrainingPolicy policy = policies.require(cls.policyCode());
        Map<Long, Hours> recognised = policy.recognisedHours(cls);
        List<LearnerStanding> learners = standings.standings(classId).stream().map(s -> withRecognised(s, recognised)).toList();
        return policy.settle(new SettlementInput(cls, learners, time.now()));
    }

    /** Adds the hours the policy recognised for the learner (BJ-13 offline training) to the recorded ones. */
    static LearnerStanding withRecognised(LearnerStanding s, Map<Long, Hours> recognised) {
        Hours extra = recognised.get(s.learnerId());
        return extra == null ? s : new LearnerStanding(s.learnerId(), s.courses(), s.classProgressPercent(), s.classExamBestScore(),
                s.offlineHours().plus(extra), s.disqualified(), s.classExamRequired(), s.joined());
    }
}
