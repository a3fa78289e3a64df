package org.hourglass.api.accounts;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Learners for other bundles (roster imports): the accounts bundle owns them. */
@ProviderType
public interface LearnerDirectory {
    /** The learner with this account id (full ID number in the view), if any. */
    Optional<LearnerView> find(long learnerId);

    /** The learners with these account ids (full ID numbers), by id; unknown ids are left out. One read, however many. */
    java.util.Map<Long, LearnerView> findAll(java.util.Collection<Long> learnerIds);

    /** The learner with this ID number (full number in the view), if any. */
    Optional<LearnerView> byIdNumber(String idNumber);

    /** Learners whose ID number or phone equals {@code text}, or whose name contains it; full ID numbers. */
    List<LearnerView> search(String text, int limit);

    /**
     * The learner with this ID number, imported now if absent (C-2), joining the organisation if they had
     * left one (C-24). Applies every account rule; throws the same problems as {@code POST /api/v1/learners}.
     */
    LearnerView ensure(Caller caller, NewLearner learner);
}
