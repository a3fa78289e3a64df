package org.hourglass.api.commerce;

import java.time.Instant;
import java.util.List;
import org.hourglass.api.policy.Party;
import org.hourglass.api.quantity.Money;

/** An order: who buys from whom under which policy, what, for how much, and how far it got. */
public record OrderView(long id, String number, String policy, Party buyer, Party seller, OrderStatus status, Money total,
        Money paid, Money refunded, boolean invoiced, List<OrderLineView> lines, Instant createdAt, Instant paidAt) {
    public OrderView {
        lines = List.copyOf(lines);
    }
}
