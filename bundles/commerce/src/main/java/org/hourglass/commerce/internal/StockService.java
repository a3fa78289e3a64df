package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.commerce.CourseStock;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.StockView;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Course copies (BJ-10): assigned to learners from the oldest paid order with free copies, all or none, one
 * per class, learner and course; released back to stock; voided by refunds (BJ-11).
 */
@Component(service = {StockService.class, CourseStock.class})
public class StockService implements CourseStock {
    private final JpaTemplate jpa;
    private final TimeSource time;

    @Activate
    public StockService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time) {
        this.jpa = jpa;
        this.time = time;
    }

    @Override
    public void assign(long organizationId, long courseId, long classId, Collection<Long> learnerIds) {
        Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            Set<Long> need = new LinkedHashSet<>(learnerIds);
            need.removeIf(l -> holding(em, classId, l, courseId) != null);
            if (need.isEmpty()) {
                return null;
            }
            StockEntity stock = Stock.row(em, organizationId, courseId, "");
            if (stock.available() < need.size()) {
                throw Problem.ruleViolated("BJ-10", "organisation " + organizationId + " has " + stock.available() + " free copies of course "
                        + courseId + " and " + need.size() + " learners need one; buy more copies");
            }
            List<OrderLineEntity> lines = paidLines(em, organizationId, courseId);
            int li = 0;
            for (Long learner : need) {
                while (lines.get(li).free() == 0) {
                    li++;
                }
                OrderLineEntity line = lines.get(li);
                line.assignOne();
                em.persist(new CopyEntity(line.id(), organizationId, courseId, classId, learner, time.now()));
            }
            stock.assign(need.size());
            return null;
        }));
    }

    private static List<OrderLineEntity> paidLines(EntityManager em, long organizationId, long courseId) {
        return em.createQuery("select l from OrderLineEntity l, OrderEntity o where l.orderId = o.id and o.buyerKind = :k "
                + "and o.buyerId = :org and l.kind = :kind and l.refId = :c and o.status in :paid order by l.id", OrderLineEntity.class)
                .setParameter("k", org.hourglass.api.policy.PartyKind.ORGANIZATION).setParameter("org", organizationId)
                .setParameter("kind", LineKinds.COURSE_COPIES).setParameter("c", courseId)
                .setParameter("paid", List.of(OrderStatus.PAID, OrderStatus.PARTLY_REFUNDED)).getResultList();
    }

    private static CopyEntity holding(EntityManager em, long classId, long learnerId, long courseId) {
        return em.createQuery("select c from CopyEntity c where c.classId = :cl and c.learnerId = :l and c.courseId = :c and c.live = true",
                CopyEntity.class).setParameter("cl", classId).setParameter("l", learnerId).setParameter("c", courseId)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public void release(long organizationId, long courseId, long classId, Collection<Long> learnerIds) {
        Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            List<CopyEntity> held = new ArrayList<>();
            for (Long learner : new LinkedHashSet<>(learnerIds)) {
                CopyEntity c = holding(em, classId, learner, courseId);
                if (c != null && c.organizationId() == organizationId) {
                    held.add(c);
                }
            }
            Copies.release(em, held, time.now());
            return null;
        }));
    }

    @Override
    public void releaseLearner(long classId, long learnerId) {
        Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            Copies.release(em, em.createQuery("select c from CopyEntity c where c.classId = :cl and c.learnerId = :l and c.live = true",
                    CopyEntity.class).setParameter("cl", classId).setParameter("l", learnerId).getResultList(), time.now());
            return null;
        }));
    }

    @Override
    public List<StockView> stock(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s from StockEntity s where s.organizationId = :o "
                + "order by s.courseId", StockEntity.class).setParameter("o", organizationId).getResultList().stream()
                .map(StockEntity::toView).toList());
    }

    @Override
    public boolean holds(long classId, long learnerId, long courseId) {
        return jpa.txExpr(TransactionType.Required, em -> holding(em, classId, learnerId, courseId) != null);
    }
}
