package org.hourglass.api.payment;

/**
 * A callback from the bank on {@code POST /api/v1/payments/notifications}: the final status of a pending charge,
 * signed by the bank ({@code signature} over the other fields); verified by the gateway before anything changes.
 */
public record GatewayNotification(String gatewayRef, String paymentRef, ChargeStatus status, String amount, String signature) {
}
