package org.hourglass.api.commerce;

/**
 * What the buyer says about the invoice when ordering (JS-3, seed 002 "确认班级信息、费用、发票抬头、发票配送方式"): its title
 * and how it is delivered; kept on the order and used when the seller issues the invoice.
 */
public record InvoiceIntent(String title, InvoiceDelivery delivery) {
}
