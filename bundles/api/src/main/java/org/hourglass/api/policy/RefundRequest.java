package org.hourglass.api.policy;

import java.time.Instant;

/**
 * A refund asked of an order.
 *
 * @param maxStudiedSeconds the most any learner studied of what would be refunded (from records)
 */
public record RefundRequest(long orderId, RefundKind kind, Instant paidAt, boolean invoiced,
        long maxStudiedSeconds, int copies, Instant now) {
}
