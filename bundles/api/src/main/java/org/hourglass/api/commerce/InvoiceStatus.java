package org.hourglass.api.commerce;

/** An issued invoice is voided (red-letter reversal) when its order's money is refunded. */
public enum InvoiceStatus {
    ISSUED, VOID
}
