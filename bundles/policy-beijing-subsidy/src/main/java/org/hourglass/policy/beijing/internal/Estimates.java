package org.hourglass.policy.beijing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.records.Settlements;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A class's estimate: core's settlement of the class (the one computation of its money: the records' facts plus the
 * recognised offline hours, judged and priced by {@link BeijingPolicy#settle}) shown per learner with the learner's
 * name and masked ID number, read in one batch.
 */
@Component(service = Estimates.class)
public class Estimates {
    private final Settlements settlements;
    private final ClassDirectory classes;
    private final LearnerDirectory learners;

    @Activate
    public Estimates(@Reference Settlements settlements, @Reference ClassDirectory classes, @Reference LearnerDirectory learners) {
        this.settlements = settlements;
        this.classes = classes;
        this.learners = learners;
    }

    /** A class under this policy, or 404. */
    ClassContext beijingClass(long classId) {
        return PolicyClassAccess.requirePolicyClass(classes, BeijingPolicy.CODE, classId);
    }

    /** A class of an organisation (BJ-1) under this policy that the caller manages, or 404 (existence is not revealed). */
    ClassContext visibleClass(Caller caller, long classId) {
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, BeijingPolicy.CODE, classId, caller);
        if (cls.owner().kind() != org.hourglass.api.policy.PartyKind.ORGANIZATION) {
            throw org.hourglass.api.problem.Problem.notFound("class", classId);
        }
        return cls;
    }

    ClassEstimate of(ClassContext cls) {
        Settlement s = settlements.settle(cls.classId());
        Map<Long, LearnerView> names = learners.findAll(s.lines().stream().map(SubsidyLines::learnerId).toList());
        List<ClassEstimate.LearnerEstimate> rows = new ArrayList<>();
        int eligible = 0;
        for (SettlementLine line : s.lines()) {
            long id = SubsidyLines.learnerId(line);
            LearnerView l = names.get(id);
            SubsidyEstimate e = SubsidyLines.estimate(line);
            rows.add(new ClassEstimate.LearnerEstimate(id, l == null ? "?" : l.name(), l == null ? "?" : ResidentIdNumber.mask(l.idNumber()),
                    SubsidyLines.hoursByType(line), SubsidyLines.disqualified(line), e));
            eligible += e.eligible() ? 1 : 0;
        }
        return new ClassEstimate(cls.classId(), cls.status(), rows.size(), eligible, s.total(), s.parameters(), rows);
    }
}
