package org.hourglass.api.authority;

import java.util.List;
import org.hourglass.api.quantity.Money;

/**
 * A claim as handed to the authority: whose, for how much, and the hash of the claim package it rests on.
 * {@code insuredIdNumbers}: the ID numbers of the claimed learners, whom the organisation declared insured with it; the
 * authority's insurance check compares them with its records (BJ-1, seed 000 Q60 "自动比对参保信息").
 */
public record ClaimSubmission(String policyCode, long applicationId, long classId, long organizationId, String organizationName,
        int learners, Money amount, String packageSha256, List<String> insuredIdNumbers) {
    /** A claim without its learners' ID numbers. */
    public ClaimSubmission(String policyCode, long applicationId, long classId, long organizationId, String organizationName,
            int learners, Money amount, String packageSha256) {
        this(policyCode, applicationId, classId, organizationId, organizationName, learners, amount, packageSha256, List.of());
    }

    public ClaimSubmission {
        insuredIdNumbers = insuredIdNumbers == null ? List.of() : List.copyOf(insuredIdNumbers);
    }
}
