package org.hourglass.api.commerce;

/**
 * Body of {@code POST /api/v1/invoices}: the invoice of one paid order, issued in the seller's name (BJ-12), once.
 * An organisation or institution buyer's invoice carries its registered name and credit code: leave {@code title}
 * and {@code taxpayerId} out (anything else is refused). A learner chooses the title (his name by default) and may
 * give a taxpayer id; special invoices go to organisations and institutions.
 */
public record InvoiceRequest(Long orderId, String title, String taxpayerId, InvoiceType type, InvoiceDelivery delivery, String email,
        String address) {
}
