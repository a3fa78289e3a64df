package org.hourglass.api.commerce;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when an order is paid (e.g. JS-3 opens the class to the learner), once per paid order, INSIDE the transaction
 * that records the payment (issue 13: one operation, one transaction): what the listener writes commits with the
 * payment or not at all. A listener that throws undoes the recording of the payment: the payment stays pending and
 * the bank's next notification or status query settles it again. A listener gets the paid order and must not
 * change the order or its payment.
 */
@ConsumerType
public interface OrderListener {
    void paid(OrderView order);
}
