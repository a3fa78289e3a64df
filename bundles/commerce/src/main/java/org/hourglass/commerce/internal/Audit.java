package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.EntityManager;
import org.hourglass.api.commerce.OrderStatus;

/** Writes the audit trail of an order in the caller's transaction: every status change and money movement. */
final class Audit {
    private Audit() {
    }

    static void record(EntityManager em, OrderEntity order, String action, OrderStatus from, String actor, String reason, Instant at) {
        em.persist(new OrderEventEntity(order.id(), action, from, order.status(), actor, reason, at));
    }
}
