package org.hourglass.api.commerce;

import org.hourglass.api.quantity.Money;

/**
 * A line as bought. For course copies: {@code assigned} copies are held by learners, {@code voided} ones were
 * refunded or exchanged; the rest are in the buyer's stock (BJ-10). {@code refId} is the course or class id.
 */
public record OrderLineView(long id, String kind, String description, Long refId, int quantity, Money unitPrice, Money amount,
        int assigned, int voided) {
}
