package org.hourglass.classes.internal;

import java.util.List;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.LearningRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * C-25 (BJ Q27, Q30, Q53): a learner or a task leaves a class only while the class's policy allows it for the time
 * studied — the limit (10 minutes in the seeds) and which side of it the boundary falls are the policy's
 * ({@code StandardRules.removal}). The records bundle answers how long; it depends on classes too, so it is referenced
 * dynamically — without it removals are refused (503) rather than allowed blind.
 */
@Component(service = RemovalGuard.class)
public class RemovalGuard {
    private final TimeSource time;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LearningRecords records;

    @Activate
    public RemovalGuard(@Reference TimeSource time) {
        this.time = time;
    }

    void learnerMayLeave(TrainingPolicy policy, ClassContext cls, long learnerId) {
        long studied = records().studiedMillis(cls.classId(), learnerId);
        check(policy, cls, learnerId, studied);
    }

    void taskMayGo(TrainingPolicy policy, ClassContext cls, long courseId) {
        long studied = records().longestStudyOnCourse(cls.classId(), courseId);
        check(policy, cls, 0, studied);
    }

    private void check(TrainingPolicy policy, ClassContext cls, long learnerId, long studiedMs) {
        policy.mayLeave(new LeaveRequest(cls, learnerId, studiedMs / 1000, time.now())).orThrow();
    }

    private LearningRecords records() {
        LearningRecords r = records;
        if (r == null) {
            throw new Problem(503, "records-unavailable", "Learning records unavailable",
                    "removals need the learning records (C-25); nothing was changed", List.of());
        }
        return r;
    }
}
