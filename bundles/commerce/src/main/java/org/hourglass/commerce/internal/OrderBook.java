package org.hourglass.commerce.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderLineView;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;

/**
 * The order table's operations inside a caller's transaction: store a draft, load and lock an order, mark it
 * paid (copies into the buyer's stock, minutes onto its balance, all audited), and render its view.
 */
final class OrderBook {
    private OrderBook() {
    }

    static OrderEntity store(EntityManager em, OrderDraft draft, String key, String actor, Instant now) {
        OrderEntity order = new OrderEntity(draft.policy(), draft.buyer(), draft.seller(), draft.total(), key, now);
        order.invoiceIntent(draft.invoice());
        em.persist(order);
        em.flush();
        for (PricedLine line : draft.lines()) {
            em.persist(new OrderLineEntity(order.id(), line));
        }
        Audit.record(em, order, "created", null, actor, null, now);
        if (draft.total().isZero()) {
            paid(em, order, Money.ZERO, actor, "nothing to pay", now);
        }
        return order;
    }

    /** The order, or 404. */
    static OrderEntity load(EntityManager em, long orderId) {
        OrderEntity o = em.find(OrderEntity.class, orderId);
        if (o == null) {
            throw Problem.notFound("order", orderId);
        }
        return o;
    }

    /** Bumps the order's version at commit: a concurrent change of the same order fails instead of interleaving. */
    static void lock(EntityManager em, OrderEntity order) {
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    static List<OrderLineEntity> lines(EntityManager em, long orderId) {
        return em.createQuery("select l from OrderLineEntity l where l.orderId = :o order by l.id", OrderLineEntity.class)
                .setParameter("o", orderId).getResultList();
    }

    /** created → paid: the goods arrive in the same transaction (BJ-10 stock, IN-8 minutes). */
    static void paid(EntityManager em, OrderEntity order, Money amount, String actor, String reason, Instant now) {
        if (order.status() != OrderStatus.CREATED) {
            throw Problem.conflict("order " + order.id() + " is " + order.status() + ", not awaiting payment");
        }
        order.markPaid(amount, now);
        for (OrderLineEntity line : lines(em, order.id())) {
            if (LineKinds.COURSE_COPIES.equals(line.kind())) {
                Stock.bought(em, order.buyer().id(), line, now);
            } else if (LineKinds.LIVE_MINUTES.equals(line.kind()) && Balances.TOP_UP.equals(line.service())) {
                Balances.add(em, order.buyer().id(), line.quantity(), now);
            }
        }
        Audit.record(em, order, "paid", OrderStatus.CREATED, actor, reason, now);
    }

    static OrderView view(EntityManager em, OrderEntity order) {
        List<OrderLineView> lines = lines(em, order.id()).stream().map(OrderLineEntity::toView).toList();
        return order.toView(lines);
    }
}
