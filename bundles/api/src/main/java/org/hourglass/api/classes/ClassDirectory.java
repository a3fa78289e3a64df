package org.hourglass.api.classes;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.policy.ClassContext;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to classes for other bundles (records, commerce, policies). */
@ProviderType
public interface ClassDirectory {
    Optional<ClassView> find(long classId);

    /** Classes by id, optionally of one policy only (admin tooling, policies' own views). */
    List<ClassView> list(String policyCode, int offset, int limit);

    /** The class's roster in the order learners joined. */
    List<RosterEntryView> roster(long classId);

    /** The learner's roster entry in the class, if the learner is on its roster (C-21). */
    Optional<RosterEntryView> rosterEntry(long classId, long learnerId);

    /** The snapshot a policy decides on; empty for an unknown class. */
    Optional<ClassContext> context(long classId);
}
