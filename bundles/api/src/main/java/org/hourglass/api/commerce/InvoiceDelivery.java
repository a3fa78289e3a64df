package org.hourglass.api.commerce;

/** How the invoice reaches the buyer (JS-3). */
public enum InvoiceDelivery {
    EMAIL, POST
}
