package org.hourglass.commerce.internal;

import javax.persistence.EntityManager;

/** Invoice state changes inside a caller's transaction. */
final class Invoices {
    private Invoices() {
    }

    /** A refunded order's invoice is reversed (voided) in the refund's transaction. */
    static void voidFor(EntityManager em, OrderEntity order) {
        em.createQuery("select i from InvoiceEntity i where i.orderId = :o", InvoiceEntity.class).setParameter("o", order.id())
                .getResultStream().forEach(InvoiceEntity::voidIt);
    }
}
