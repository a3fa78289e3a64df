package org.hourglass.api.accounts;

import java.time.Instant;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle above accounts that takes part in a learner's leaving his organisation (C-24, BJ-1: "参培职工须仍在本单位就业"),
 * called inside the leaving's transaction: classes ends the learner's study in that organisation's classes. Throwing
 * refuses the leaving; nothing is half done (issue 13). Accounts depends on no participant: they register, accounts calls.
 */
@ConsumerType
public interface MembershipParticipant {
    /** The learner left {@code organizationId} at {@code at}; his facts there stay. */
    void learnerLeftOrganization(long learnerId, long organizationId, Instant at);
}
