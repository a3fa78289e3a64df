package org.hourglass.records.internal;

import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;

/**
 * IN-4 shape, asked in one place: whether a class's policy asks learners to join with the class password (seed 003
 * "加入班级"), and whether a learner has (his roster entry's entry time).
 */
final class ClassJoining {
    private ClassJoining() {
    }

    /** Whether the class's policy asks learners to join with the class password; false while the policy is away. */
    static boolean asked(PolicyRegistry policies, ClassDirectory classes, ClassView cls) {
        return policies.find(cls.policy()).flatMap(p -> classes.context(cls.id()).map(ctx -> p.rosterRules(ctx).classPasswordJoin()))
                .orElse(false);
    }

    /** Whether the learner entered the class with its password. */
    static boolean entered(ClassDirectory classes, long classId, long learnerId) {
        return classes.rosterEntry(classId, learnerId).map(e -> e.enteredAt() != null).orElse(false);
    }
}
