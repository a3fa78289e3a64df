package org.hourglass.api.commerce;

/** How an order is paid: online through the bank gateway, by bank transfer with a proof (IN-8), or from a prepaid balance. */
public enum PaymentMethod {
    ONLINE, BANK_TRANSFER, PREPAID
}
