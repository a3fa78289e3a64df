package org.hourglass.api.records;

import org.hourglass.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** C-38, BJ-17: clearing a cheating learner's credited time in a class, for policies that judge cheating. */
@ProviderType
public interface Disqualifications {
    /**
     * Clears the learner's credited time in the class and bars further credit; the facts stay. Checks that the
     * caller manages the class.
     *
     * @throws org.hourglass.api.problem.Problem 409 {@code C-38} when the learner is already disqualified there
     */
    void disqualify(Caller caller, long classId, long learnerId, String reason);

    /** Whether the learner is disqualified in the class (C-38), e.g. by a failed pop-up check or an earlier finding. */
    boolean isDisqualified(long classId, long learnerId);
}
