package org.hourglass.api.commerce;

import java.time.Instant;
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.quantity.Money;

/** A refund of an order: money back ({@code amount}) and/or copies back to stock or void ({@code copies}). */
public record RefundView(long id, long orderId, RefundKind kind, RefundStatus status, Money amount, int copies, String reason,
        String gatewayRef, Instant createdAt, Instant decidedAt) {
}
