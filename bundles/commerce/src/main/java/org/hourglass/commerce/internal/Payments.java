package org.hourglass.commerce.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.hourglass.api.commerce.PaymentStatus;
import org.hourglass.api.problem.Problem;

/** Queries on payments shared by orders and payments. */
final class Payments {
    private static final List<PaymentStatus> OPEN = List.of(PaymentStatus.PENDING, PaymentStatus.AWAITING_PROOF,
            PaymentStatus.AWAITING_REVIEW);

    private Payments() {
    }

    static void refuseIfOpen(EntityManager em, OrderEntity order) {
        List<Long> open = em.createQuery("select p.id from PaymentEntity p where p.orderId = :o and p.status in :open", Long.class)
                .setParameter("o", order.id()).setParameter("open", OPEN).getResultList();
        if (!open.isEmpty()) {
            throw Problem.conflict("payment " + open.get(0) + " of order " + order.id() + " is under way");
        }
    }

    /** The payment that paid the order, if any. */
    static PaymentEntity succeeded(EntityManager em, long orderId) {
        return em.createQuery("select p from PaymentEntity p where p.orderId = :o and p.status = :s", PaymentEntity.class)
                .setParameter("o", orderId).setParameter("s", PaymentStatus.SUCCEEDED).getResultStream().findFirst().orElse(null);
    }
}
