package org.hourglass.api.commerce;

/** A refund is applied at once when its policy allows it, or waits for the seller (equal-value exchange, BJ-11). */
public enum RefundStatus {
    AWAITING_SELLER, COMPLETED, DECLINED
}
