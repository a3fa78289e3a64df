package org.hourglass.api.payment;

import org.hourglass.api.quantity.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Online payments. Every call carries our own reference ({@code paymentRef}, unique per payment): the bank
 * charges once per reference however often it is asked, so a retry after a crash or a timeout is safe.
 * Implementations throw {@link IllegalStateException} when the bank cannot be reached; the payment then
 * stays pending until a notification or a status query settles it.
 */
@ConsumerType
public interface BankGateway {
    ChargeResult charge(String paymentRef, Money amount, String description);

    /** The current status of an earlier charge. */
    ChargeResult status(String paymentRef);

    /** Pays {@code amount} of an earlier successful charge back; once per {@code refundRef}. */
    ChargeResult refund(String paymentRef, String refundRef, Money amount);

    /** Whether a notification really comes from this bank. */
    boolean verify(GatewayNotification notification);
}
