package org.hourglass.api.payment;

/** The bank's answer: its own reference, the status, and why it failed. */
public record ChargeResult(String gatewayRef, ChargeStatus status, String reason) {
}
