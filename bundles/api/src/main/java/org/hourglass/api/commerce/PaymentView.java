package org.hourglass.api.commerce;

import java.time.Instant;
import org.hourglass.api.quantity.Money;

/** A payment attempt of an order. */
public record PaymentView(long id, long orderId, PaymentMethod method, PaymentStatus status, Money amount, String gatewayRef,
        String proofSha256, String reason, Instant createdAt, Instant completedAt) {
}
