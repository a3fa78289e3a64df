package org.hourglass.api.policy;

import java.util.EnumSet;
import java.util.Set;
import org.hourglass.api.identity.IdType;

/**
 * Roster limits of a class under this policy.
 *
 * @param maxLearners           hard upper bound (BJ-9: 999; IN-3: 500)
 * @param acceptedIdTypes       ID document types the policy accepts (C-1, BJ Q31)
 * @param editableStates        lifecycle states in which the roster may change (IN-3)
 * @param classPasswordJoin     learners may join by name + ID + class password (IN-4)
 * @param capacityIsHardLimit   the class's capacity / estimated headcount bounds the roster too (IN-3)
 */
public record RosterRules(int maxLearners, Set<IdType> acceptedIdTypes, Set<String> editableStates,
        boolean classPasswordJoin, boolean capacityIsHardLimit) {
    public RosterRules {
        if (maxLearners < 1) {
            throw new IllegalArgumentException("maxLearners must be positive");
        }
        acceptedIdTypes = acceptedIdTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(acceptedIdTypes));
        editableStates = Set.copyOf(editableStates);
    }

    /** Starts rules for at most {@code maxLearners}: resident IDs only, roster editable nowhere until said, no join by password. */
    public static Builder builder(int maxLearners) {
        return new Builder(maxLearners);
    }

    /** Fluent construction; every setting has the default a policy most often wants. */
    public static final class Builder {
        private final int maxLearners;
        private Set<IdType> idTypes = EnumSet.of(IdType.RESIDENT_ID);
        private Set<String> editable = Set.of();
        private boolean classPasswordJoin;
        private boolean capacityIsHardLimit = true;

        private Builder(int maxLearners) {
            this.maxLearners = maxLearners;
        }

        public Builder acceptedIdTypes(IdType first, IdType... more) {
            this.idTypes = EnumSet.of(first, more);
            return this;
        }

        public Builder editableIn(String... states) {
            this.editable = Set.of(states);
            return this;
        }

        public Builder classPasswordJoin(boolean allowed) {
            this.classPasswordJoin = allowed;
            return this;
        }

        public Builder capacityIsHardLimit(boolean hard) {
            this.capacityIsHardLimit = hard;
            return this;
        }

        public RosterRules build() {
            return new RosterRules(maxLearners, idTypes, editable, classPasswordJoin, capacityIsHardLimit);
        }
    }
}
