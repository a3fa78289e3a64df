package org.hourglass.api.commerce;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.policy.Party;
import org.osgi.annotation.versioning.ProviderType;

/** Orders for the policies that bill by themselves (IN-6 per-head billing of a closed class, JS-3 enrolments), of a kind they contribute. */
@ProviderType
public interface Orders {
    /** A line priced by the policy (e.g. billed heads × fee); {@code kind} is one of its {@link ChargeKind}s or a core kind. */
    record Item(String kind, String description, Long refId, int quantity, org.hourglass.api.quantity.Money unitPrice) {
    }

    /**
     * Creates an order in status CREATED (PAID when its total is zero); {@code key} makes it idempotent: the
     * same key returns the order created first (e.g. "IN-6:class:42").
     */
    OrderView create(String policyCode, Party buyer, Party seller, List<Item> lines, String key, String actor);

    Optional<OrderView> find(long orderId);

    /**
     * An order priced by the server exactly as {@code POST /api/v1/orders} prices it, bought by {@code buyer} (e.g. JS-2's
     * pre-enrolment list checked out: one order per seller), inside the caller's transaction.
     */
    OrderView place(org.hourglass.api.security.Caller buyer, NewOrder order);

    /** The order {@link #create} made with this key, if any (e.g. a closed class's order, "IN-6:class:42"). */
    Optional<OrderView> byKey(String key);
}
