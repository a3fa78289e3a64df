package org.hourglass.api.policy;

import java.util.Set;

/**
 * Roster limits of a class under this policy.
 *
 * @param maxLearners           hard upper bound (BJ-9: 999; IN-3: 500)
 * @param acceptedIdTypes       ID document types the policy accepts (C-1, BJ Q31)
 * @param editableStates        lifecycle states in which the roster may change (IN-3)
 * @param classPasswordJoin     learners may join by name + ID + class password (IN-4)
 * @param capacityIsHardLimit   the class's capacity / estimated headcount bounds the roster too (IN-3)
 */
public record RosterRules(int maxLearners, Set<String> acceptedIdTypes, Set<String> editableStates,
        boolean classPasswordJoin, boolean capacityIsHardLimit) {
    public RosterRules {
        acceptedIdTypes = Set.copyOf(acceptedIdTypes);
        editableStates = Set.copyOf(editableStates);
    }
}
