package org.hourglass.api.commerce;

/**
 * Body of {@code POST /api/v1/invoices}: the invoice of one paid order, issued in the seller's name (BJ-12),
 * once. {@code taxpayerId} is required for special invoices and for organisation and institution buyers.
 */
public record InvoiceRequest(Long orderId, String title, String taxpayerId, InvoiceType type, InvoiceDelivery delivery, String email,
        String address) {
}
