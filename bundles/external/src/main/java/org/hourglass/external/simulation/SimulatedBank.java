package org.hourglass.external.simulation;

import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.payment.GatewayNotification;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The simulated bank's back door for the demo and the tests: how it answers the next charges, what it charged,
 * and the signed notification it would send. Only the simulated bank registers this service.
 */
@ProviderType
public interface SimulatedBank {
    /** How the bank answers charges from now on: SUCCEEDED, FAILED (insufficient funds) or PENDING (notifies later). */
    void answerCharges(ChargeStatus status);

    /** How many times money was actually taken for this payment reference (0 or 1). */
    int timesCharged(String paymentRef);

    /** Total refunded on this payment reference, in yuan with two decimals. */
    String refunded(String paymentRef);

    /** Settles a pending charge and returns the notification the bank sends, signed. */
    GatewayNotification settle(String paymentRef, boolean success);
}
