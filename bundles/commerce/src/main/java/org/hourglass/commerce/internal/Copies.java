package org.hourglass.commerce.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import org.hourglass.api.commerce.LineKinds;

/** Course copies of an order inside a caller's transaction: held by learners, free in stock, voided (BJ-10, BJ-11). */
final class Copies {
    private Copies() {
    }

    static List<CopyEntity> liveOf(EntityManager em, long orderId) {
        return em.createQuery("select c from CopyEntity c, OrderLineEntity l where c.lineId = l.id and l.orderId = :o and c.live = true "
                + "order by c.id", CopyEntity.class).setParameter("o", orderId).getResultList();
    }

    /** Copies of the order still in the buyer's stock, held by nobody. */
    static int free(EntityManager em, long orderId) {
        return OrderBook.lines(em, orderId).stream().filter(l -> LineKinds.COURSE_COPIES.equals(l.kind())).mapToInt(OrderLineEntity::free).sum();
    }

    /** Voids the held copies given and every free copy of the order: they leave the learners and the stock. */
    static void voidAll(EntityManager em, OrderEntity order, List<CopyEntity> held, Instant now) {
        for (CopyEntity c : held) {
            c.voidIt(now);
            em.find(OrderLineEntity.class, c.lineId()).voidCopies(1, 0);
            Stock.row(em, c.organizationId(), c.courseId(), "").voidCopies(1, 0);
        }
        for (OrderLineEntity line : OrderBook.lines(em, order.id())) {
            int free = LineKinds.COURSE_COPIES.equals(line.kind()) ? line.free() : 0;
            if (free > 0) {
                line.voidCopies(0, free);
                Stock.row(em, order.buyer().id(), line.refId(), "").voidCopies(0, free);
            }
        }
    }

    /** Gives held copies back to the stock (BJ-10 task removal, BJ-11 course return). */
    static void release(EntityManager em, List<CopyEntity> held, Instant now) {
        for (CopyEntity c : held) {
            c.release(now);
            em.find(OrderLineEntity.class, c.lineId()).releaseOne();
            Stock.row(em, c.organizationId(), c.courseId(), "").release(1);
        }
    }
}
