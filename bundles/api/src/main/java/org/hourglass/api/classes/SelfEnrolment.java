package org.hourglass.api.classes;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A learner put on a class's roster because he enrolled himself (JS-3: "缴费成功后，开通班级" — his enrolment order was
 * paid), for the plug-in that hears of the payment ({@code OrderListener}), inside its transaction. The class's policy
 * decides ({@code mayEnrol}, channel {@code SELF_ENROL}) and its roster rules bound it (editable state, capacity); a
 * learner already on the roster keeps his entry. A refusal is a 409 naming the rule.
 */
@ProviderType
public interface SelfEnrolment {
    RosterEntryView enrol(long classId, long learnerId);

    /**
     * JS-3: a learner whose paid enrolment was refunded leaves the roster, in the caller's transaction — the class's
     * participants agree as for any removal (C-25: the policy's limit on what was studied). Nothing when he is not on it.
     */
    void withdraw(long classId, long learnerId);
}
