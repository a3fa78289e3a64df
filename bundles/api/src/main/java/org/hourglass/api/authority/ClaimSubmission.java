package org.hourglass.api.authority;

import org.hourglass.api.quantity.Money;

/** A claim as handed to the authority: whose, for how much, and the hash of the claim package it rests on. */
public record ClaimSubmission(String policyCode, long applicationId, long classId, long organizationId, String organizationName,
        int learners, Money amount, String packageSha256) {
}
