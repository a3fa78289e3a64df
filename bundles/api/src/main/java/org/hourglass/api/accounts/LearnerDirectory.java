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

    /**
     * The learners with these ID numbers (normalised as {@link #byIdNumber} does), by the normalised number; unknown
     * numbers are left out. One read, however many (a 2,000-row roster import asks once).
     */
    java.util.Map<String, LearnerView> byIdNumbers(java.util.Collection<String> idNumbers);

    /** Learners whose ID number or phone equals {@code text}, or whose name contains it; full ID numbers. */
    List<LearnerView> search(String text, int limit);

    /**
     * The learner with this ID number, imported now if absent (C-2), joining the organisation if they had
     * left one (C-24). Applies every account rule; throws the same problems as {@code POST /api/v1/learners}.
     */
    LearnerView ensure(Caller caller, NewLearner learner);

    /**
     * {@link #ensure} for many learners at once, in the caller's transaction (a roster import: C-21, nothing
     * half-imported): one outcome per learner, in order. A learner the account rules refuse (C-3, C-24, invalid
     * fields, a duplicate phone within the list) is answered with its refusal instead of throwing, so the others
     * go on; the accounts created commit with the caller's transaction, or not at all.
     */
    List<EnsuredLearner> ensureAll(Caller caller, List<NewLearner> learners);
}
