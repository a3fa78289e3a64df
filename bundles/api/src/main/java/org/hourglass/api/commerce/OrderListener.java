package org.hourglass.api.commerce;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told after an order's payment is committed (e.g. JS-3 opens the class to the learner). Called once per
 * paid order, outside the payment's transaction; a listener that fails does not undo the payment.
 */
@ConsumerType
public interface OrderListener {
    void paid(OrderView order);
}
