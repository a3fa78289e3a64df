package org.hourglass.api.payment;

/** What the bank says of a charge or refund. */
public enum ChargeStatus {
    SUCCEEDED, FAILED, PENDING
}
