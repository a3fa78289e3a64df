package org.hourglass.api.commerce;

import java.time.Instant;
import org.hourglass.api.quantity.Money;

/** A payment attempt of an order; {@code payingAccount} is the account a bank transfer comes from (null for online payments). */
public record PaymentView(long id, long orderId, PaymentMethod method, PaymentStatus status, Money amount, String gatewayRef,
        String proofSha256, String reason, Instant createdAt, Instant completedAt, PayingAccount payingAccount) {

    /** A payment without a paying account (online). */
    public PaymentView(long id, long orderId, PaymentMethod method, PaymentStatus status, Money amount, String gatewayRef,
            String proofSha256, String reason, Instant createdAt, Instant completedAt) {
        this(id, orderId, method, status, amount, gatewayRef, proofSha256, reason, createdAt, completedAt, null);
    }
}
