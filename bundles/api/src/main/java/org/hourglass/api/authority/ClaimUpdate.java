package org.hourglass.api.authority;

import java.time.Instant;
import org.hourglass.api.quantity.Money;

/** The authority's word on a claim: its new status, the reason of a rejection, the amount paid. */
public record ClaimUpdate(String policyCode, String reference, long applicationId, ClaimStatus status, String reason, Money paid,
        Instant at) {
}
