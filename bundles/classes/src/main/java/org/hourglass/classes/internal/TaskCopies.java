package org.hourglass.classes.internal;

import java.util.Collection;
import java.util.List;
import org.hourglass.api.commerce.CourseStock;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * BJ-10 for classes whose policy sells courses per copy: a published task takes one copy of its course per
 * learner of its audience from the organisation's stock (all or none, 409 BJ-10 when short), a withdrawn
 * task or a removed learner gives them back. Commerce keeps the stock; without it such tasks are refused
 * (503) rather than handed out free.
 */
@Component(service = TaskCopies.class)
public class TaskCopies {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CourseStock stock;

    static boolean applies(TrainingPolicy policy, ClassContext cls) {
        return cls.owner().kind() == PartyKind.ORGANIZATION && policy.coursesByCopy(cls);
    }

    void take(TrainingPolicy policy, ClassContext cls, long courseId, Collection<Long> learners) {
        if (applies(policy, cls) && !learners.isEmpty()) {
            stock().assign(cls.owner().id(), courseId, cls.classId(), learners);
        }
    }

    void giveBack(TrainingPolicy policy, ClassContext cls, long courseId, Collection<Long> learners) {
        if (applies(policy, cls) && !learners.isEmpty()) {
            stock().release(cls.owner().id(), courseId, cls.classId(), learners);
        }
    }

    void learnerLeft(TrainingPolicy policy, ClassContext cls, long learnerId) {
        if (applies(policy, cls)) {
            stock().releaseLearner(cls.classId(), learnerId);
        }
    }

    private CourseStock stock() {
        CourseStock s = stock;
        if (s == null) {
            throw new Problem(503, "commerce-unavailable", "Course stock unavailable",
                    "BJ-10: this class's courses come from bought copies and the commerce bundle is not running; nothing was changed",
                    List.of());
        }
        return s;
    }
}
