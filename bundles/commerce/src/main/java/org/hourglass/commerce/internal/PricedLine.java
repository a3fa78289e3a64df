package org.hourglass.commerce.internal;

import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.quantity.Money;

/** A line with its server-side price: amount = unit price × quantity, exactly. */
record PricedLine(String kind, String description, Long refId, String service, int quantity, Money unitPrice) {
    Money amount() {
        return unitPrice.times(quantity);
    }
}
