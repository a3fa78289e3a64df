package org.hourglass.commerce.internal;

import java.util.List;
import org.hourglass.api.commerce.InvoiceIntent;
import org.hourglass.api.policy.Party;
import org.hourglass.api.quantity.Money;

/** A priced, validated order before it is stored. */
record OrderDraft(String policy, Party buyer, Party seller, List<PricedLine> lines, InvoiceIntent invoice) {
    OrderDraft {
        lines = List.copyOf(lines);
    }

    OrderDraft(String policy, Party buyer, Party seller, List<PricedLine> lines) {
        this(policy, buyer, seller, lines, null);
    }

    Money total() {
        return lines.stream().map(PricedLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
