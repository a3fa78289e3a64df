package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.hourglass.api.authority.ClaimStatus;
import org.hourglass.api.quantity.Money;

/** An application as the policy's REST resource shows it. */
public record ApplicationView(long id, long classId, long organizationId, ClaimStatus status, String authorityRef, Money amount,
        Money paid, String reason, LocalDate appliedOn, int learners, String claimSha256, Instant createdAt) {
}
