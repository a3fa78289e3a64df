package org.hourglass.commerce.internal;

import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassChange;
import org.hourglass.api.classes.ClassParticipant;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-28 as commerce's part in deleting a class before it opens: a class that learners bought their way into (a
 * {@code CLASS_ENROLMENT} line of an order that is open or paid) stays until those orders are cancelled or refunded; the
 * money would otherwise point at nothing. Inside the deletion's transaction.
 */
@Component(service = ClassParticipant.class)
public class EnrolmentsKeepClass implements ClassParticipant {
    private static final List<OrderStatus> LIVE = List.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.PARTLY_REFUNDED);

    private final JpaTemplate jpa;

    @Activate
    public EnrolmentsKeepClass(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void classDeleting(ClassChange change) {
        long orders = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(distinct o.id) from OrderEntity o, "
                + "OrderLineEntity l where l.orderId = o.id and l.kind = :k and l.refId = :c and o.status in :live", Long.class)
                .setParameter("k", LineKinds.CLASS_ENROLMENT).setParameter("c", change.cls().classId()).setParameter("live", LIVE)
                .getSingleResult());
        if (orders > 0) {
            throw Problem.ruleViolated("C-28", orders + " enrolment order(s) of class " + change.cls().classId()
                    + " are open or paid; cancel or refund them before deleting the class");
        }
    }
}
