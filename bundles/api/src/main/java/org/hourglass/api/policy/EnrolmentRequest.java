package org.hourglass.api.policy;

import java.time.Instant;
import org.hourglass.api.identity.IdType;

/**
 * A learner asking into a class. Core has already checked C-24 (one class per organisation) and the class's
 * capacity; the policy adds its own limits.
 *
 * @param idType            the learner's ID document type (C-1; a policy may refuse non-resident IDs, BJ Q31)
 * @param classesThisYear   the learner's other classes under the same policy in the class's training year (JS-9)
 * @param owner             the class owner's data (BJ-1: an organisation insured in Beijing)
 */
public record EnrolmentRequest(ClassContext cls, long learnerId, IdType idType, EnrolmentChannel channel,
        int classesThisYear, OwnerFacts owner, Instant now) {
}
