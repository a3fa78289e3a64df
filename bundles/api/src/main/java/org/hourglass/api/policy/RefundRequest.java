package org.hourglass.api.policy;

import java.time.Instant;
import org.hourglass.api.quantity.Money;

/**
 * A refund asked of an order, with the facts a policy needs to judge it (BJ-11, JS-9).
 *
 * @param paidAt            when the order was paid
 * @param invoiced          whether an invoice was issued for the order
 * @param maxStudiedSeconds the most any one learner studied of what would be refunded (from records; BJ-11's 10 minutes)
 * @param copies            course copies concerned (0 for orders without copies)
 * @param noFurtherNeed     the buyer states it needs the remaining copies no more (BJ-11 equal-value exchange)
 * @param amount            money that would go back (zero for a course return or an exchange)
 */
public record RefundRequest(long orderId, RefundKind kind, Instant paidAt, boolean invoiced, long maxStudiedSeconds, int copies,
        boolean noFurtherNeed, Money amount, Instant now) {
}
