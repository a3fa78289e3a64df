package org.hourglass.api.commerce;

import java.time.Instant;
import java.util.List;
import org.hourglass.api.policy.Party;
import org.hourglass.api.quantity.Money;

/**
 * An order: who buys from whom under which policy, what, for how much, and how far it got; {@code invoice} is what the
 * buyer said of the invoice when ordering (JS-3), null when nothing.
 */
public record OrderView(long id, String number, String policy, Party buyer, Party seller, OrderStatus status, Money total,
        Money paid, Money refunded, boolean invoiced, List<OrderLineView> lines, Instant createdAt, Instant paidAt, InvoiceIntent invoice) {
    public OrderView {
        lines = List.copyOf(lines);
    }

    /** An order without a word on its invoice. */
    public OrderView(long id, String number, String policy, Party buyer, Party seller, OrderStatus status, Money total,
            Money paid, Money refunded, boolean invoiced, List<OrderLineView> lines, Instant createdAt, Instant paidAt) {
        this(id, number, policy, buyer, seller, status, total, paid, refunded, invoiced, lines, createdAt, paidAt, null);
    }
}
