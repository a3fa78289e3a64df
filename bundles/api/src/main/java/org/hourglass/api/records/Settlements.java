package org.hourglass.api.records;

import org.hourglass.api.policy.Settlement;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one computation of a class's money (BJ-2 … BJ-8, IN-6, JS-3): the recorded facts of every roster learner
 * ({@link ClassStandings}) plus the hours the class's policy recognised itself (BJ-13 offline training), judged and
 * priced by the policy's {@code settle} hook. {@code GET /api/v1/classes/{id}/settlement} and
 * {@code hourglass:settle} show it; a policy's estimates and claim packages are built from it.
 */
@ProviderType
public interface Settlements {
    /**
     * The class's settlement as of now.
     *
     * @throws org.hourglass.api.problem.Problem 404 for an unknown class, 503 {@code policy-not-deployed} when its policy is away
     */
    Settlement settle(long classId);
}
