package org.hourglass.api.commerce;

import java.time.Instant;

/** One entry of an order's audit trail: every status change and money movement, with who, when and why. */
public record OrderEventView(long id, long orderId, String action, OrderStatus fromStatus, OrderStatus toStatus, String actor,
        String reason, Instant at) {
}
