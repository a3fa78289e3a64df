package org.hourglass.api.commerce;

/** Body of {@code POST /api/v1/refunds/{id}/decision}: the seller accepts or declines an equal-value exchange (BJ-11). */
public record SellerDecision(Boolean accepted, String reason) {
}
