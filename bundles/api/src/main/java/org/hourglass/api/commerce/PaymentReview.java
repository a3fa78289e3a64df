package org.hourglass.api.commerce;

/** Body of {@code POST /api/v1/payments/{id}/review}: the seller's side confirms a bank transfer arrived (IN-8), or not and why. */
public record PaymentReview(Boolean approved, String reason) {
}
