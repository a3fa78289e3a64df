package org.hourglass.api.commerce;

/** PENDING: the gateway has not answered yet; AWAITING_PROOF / AWAITING_REVIEW: a bank transfer (IN-8). */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, AWAITING_PROOF, AWAITING_REVIEW, REJECTED;

    public boolean open() {
        return this == PENDING || this == AWAITING_PROOF || this == AWAITING_REVIEW;
    }
}
