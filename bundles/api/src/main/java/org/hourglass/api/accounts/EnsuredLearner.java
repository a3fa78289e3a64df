package org.hourglass.api.accounts;

import org.hourglass.api.problem.FieldError;

/**
 * What became of one learner of {@link LearnerDirectory#ensureAll}: the learner's account (created, joined to the
 * organisation, or found as it was), or the refusal of that one learner (e.g. C-3 phone bound to someone else,
 * C-24 another organisation's learner) with the field it concerns. Exactly one of the two is set.
 */
public record EnsuredLearner(LearnerView learner, FieldError refusal) {
    /**
     * C-24's refusal as every importer sees it, whichever organisation the person is in (issue 14 item 13): it names no
     * other tenant and says nothing of their data, and a dry run says exactly the same.
     */
    public static final String NOT_AVAILABLE = "C-24: this person cannot join your organisation's classes now; a learner is in "
            + "one organisation at a time and joins another after leaving the last one (ask the person)";

    public static EnsuredLearner of(LearnerView learner) {
        return new EnsuredLearner(learner, null);
    }

    public static EnsuredLearner refused(String field, String reason) {
        return new EnsuredLearner(null, new FieldError(field, reason));
    }

    public boolean ok() {
        return learner != null;
    }
}
