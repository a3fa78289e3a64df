package org.hourglass.api.commerce;

/** created → paid → partly/fully refunded; created → cancelled; paid → void when all its goods were voided without money back. */
public enum OrderStatus {
    CREATED, PAID, PARTLY_REFUNDED, REFUNDED, CANCELLED, VOID
}
