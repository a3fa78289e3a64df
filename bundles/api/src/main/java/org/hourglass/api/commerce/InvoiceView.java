package org.hourglass.api.commerce;

import java.time.Instant;
import org.hourglass.api.quantity.Money;

/** An invoice as issued by the order's seller (BJ-12, JS-11); its PDF is rendered once at issue and kept. */
public record InvoiceView(long id, String number, long orderId, String issuer, String title, String taxpayerId, InvoiceType type,
        InvoiceDelivery delivery, String email, String address, Money amount, InvoiceStatus status, Instant issuedAt,
        String pdfSha256) {
}
