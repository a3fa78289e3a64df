package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** An organisation's stock rows inside a caller's transaction (BJ-10). */
final class Stock {
    private Stock() {
    }

    /**
     * The stock row of the organisation and course, created empty when absent, locked for this transaction's change: a
     * concurrent change of the same stock (two task publishes of one organisation) waits for this one to commit and then
     * reads what it left, rather than losing an optimistic race and answering 409 (issue 13's crash drill found those).
     */
    static StockEntity row(EntityManager em, long organizationId, long courseId, String courseTitle) {
        StockEntity s = em.createQuery("select s from StockEntity s where s.organizationId = :o and s.courseId = :c", StockEntity.class)
                .setParameter("o", organizationId).setParameter("c", courseId).getResultStream().findFirst().orElse(null);
        if (s == null) {
            s = new StockEntity(organizationId, courseId, courseTitle);
            em.persist(s);
        } else {
            em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    /** Paid copies enter the buyer's stock. */
    static void bought(EntityManager em, long organizationId, OrderLineEntity line, Instant now) {
        String title = line.toView().description().replaceFirst("^Course copies: ", "");
        row(em, organizationId, line.refId(), title).bought(line.quantity());
    }
}
