package org.hourglass.api.records;

import java.util.List;
import org.hourglass.api.policy.LearnerStanding;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The recorded facts of a whole class at once, for settlements (BJ-2 … BJ-8, IN-6) and claim packages: a fixed
 * number of queries however many learners, so a 999-learner class settles without a query per learner.
 */
@ProviderType
public interface ClassStandings {
    /** Every roster learner's standing, in roster order; empty for an unknown class or one without a package. */
    List<LearnerStanding> standings(long classId);
}
