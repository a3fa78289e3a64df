package org.hourglass.api.commerce;

/** Body of {@code POST /api/v1/orders/{id}/payments}; send an {@code Idempotency-Key} so a retry charges once. */
public record PaymentRequest(PaymentMethod method) {
}
