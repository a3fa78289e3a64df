package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.commerce.InvoiceIntent;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.NewOrder;
import org.hourglass.api.commerce.NewOrderLine;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.Orders;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-2 "预报名清单" (seed 002 §4 ②): a learner puts several open classes on his pre-enrolment list and checks some of them
 * out together. The checkout places one order per provider (each invoices its own sales), priced as any enrolment order
 * (JS-3), with the invoice's title and delivery; the orders and the list's change are one transaction.
 */
@Component(service = PreEnrolments.class)
public class PreEnrolments {
    static final int MAX_ITEMS = 20;

    private final JpaTemplate jpa;
    private final JiangsuStore store;
    private final ClassSearch search;
    private final ClassDirectory classes;
    private final Orders orders;
    private final TimeSource time;

    @Activate
    public PreEnrolments(@Reference JiangsuStore store, @Reference ClassSearch search, @Reference ClassDirectory classes,
            @Reference Orders orders, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.store = store;
        this.search = search;
        this.classes = classes;
        this.orders = orders;
        this.time = time;
    }

    public record Item(ClassSearch.Offer offer, Instant addedAt) {
    }

    public record Add(Long classId) {
    }

    /** Body of the checkout: the classes of the list to order now, and the invoice's title and delivery. */
    public record Checkout(List<Long> classIds, InvoiceIntent invoice) {
    }

    public List<Item> list(Caller learner) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p from PreEnrolmentEntity p where p.learnerId = :l "
                + "order by p.id", PreEnrolmentEntity.class).setParameter("l", learner.accountId()).getResultList()).stream()
                .map(p -> new Item(search.offer(p.classId()), p.addedAt())).toList();
    }

    public Item add(Caller learner, Add body) {
        if (body == null || body.classId() == null) {
            throw Problem.invalidField("classId", "required: an open class of this policy");
        }
        ClassSearch.Offer offer = search.offer(body.classId());
        if (!JiangsuPolicy.OPEN.equals(classes.find(body.classId()).map(c -> c.status()).orElse(""))) {
            throw Problem.ruleViolated("JS-2", "class " + body.classId() + " is not open for enrolment");
        }
        if (classes.rosterEntry(body.classId(), learner.accountId()).isPresent()) {
            throw Problem.ruleViolated("JS-2", "you are enrolled in class " + body.classId() + " already");
        }
        refuseIfFaceToFace(learner, offer);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                long n = em.createQuery("select count(p) from PreEnrolmentEntity p where p.learnerId = :l", Long.class)
                        .setParameter("l", learner.accountId()).getSingleResult();
                if (n >= MAX_ITEMS) {
                    throw Problem.ruleViolated("JS-2", "a pre-enrolment list holds at most " + MAX_ITEMS + " classes");
                }
                PreEnrolmentEntity p = new PreEnrolmentEntity(learner.accountId(), body.classId(), time.now());
                em.persist(p);
                em.flush();
                return new Item(offer, p.addedAt());
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("class " + body.classId() + " is on your pre-enrolment list already");
            }
            throw e;
        }
    }

    public void remove(Caller learner, long classId) {
        int removed = jpa.txExpr(TransactionType.Required, em -> em.createQuery("delete from PreEnrolmentEntity p where p.learnerId = :l "
                + "and p.classId = :c").setParameter("l", learner.accountId()).setParameter("c", classId).executeUpdate());
        if (removed == 0) {
            throw Problem.notFound("class on your pre-enrolment list", classId);
        }
    }

    /** JS-9: no online class in a year the learner registered for its face-to-face class (asked before he pays, not after). */
    private void refuseIfFaceToFace(Caller learner, ClassSearch.Offer offer) {
        if (store.faceToFaceIn(learner.accountId(), offer.trainingYear())) {
            throw Problem.ruleViolated("JS-9", "you registered for the " + offer.trainingYear() + " face-to-face class; class "
                    + offer.classId() + " is an online class of that year");
        }
    }

    /** JS-2, JS-3: one order per provider of the chosen classes; they leave the list in the same transaction. */
    public List<OrderView> checkout(Caller learner, Checkout body) {
        if (body == null || body.classIds() == null || body.classIds().isEmpty() || body.classIds().size() > MAX_ITEMS
                || body.classIds().stream().anyMatch(id -> id == null) || body.classIds().stream().distinct().count() != body.classIds().size()) {
            throw Problem.invalidField("classIds", "1 to " + MAX_ITEMS + " different classes of your pre-enrolment list");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> listed = em.createQuery("select p.classId from PreEnrolmentEntity p where p.learnerId = :l", Long.class)
                    .setParameter("l", learner.accountId()).getResultList();
            List<Long> missing = body.classIds().stream().filter(id -> !listed.contains(id)).toList();
            if (!missing.isEmpty()) {
                throw Problem.invalidField("classIds", "not on your pre-enrolment list: " + missing);
            }
            Map<Long, List<NewOrderLine>> bySeller = new LinkedHashMap<>();
            for (long id : body.classIds()) {
                ClassSearch.Offer offer = search.offer(id);
                refuseIfFaceToFace(learner, offer);
                bySeller.computeIfAbsent(offer.providerId(), k -> new ArrayList<>())
                        .add(new NewOrderLine(LineKinds.CLASS_ENROLMENT, null, id, 1, null, null));
            }
            List<OrderView> placed = new ArrayList<>();
            for (List<NewOrderLine> lines : bySeller.values()) {
                placed.add(orders.place(learner, new NewOrder(JiangsuPolicy.CODE, null, null, lines, body.invoice())));
            }
            em.createQuery("delete from PreEnrolmentEntity p where p.learnerId = :l and p.classId in :c")
                    .setParameter("l", learner.accountId()).setParameter("c", body.classIds()).executeUpdate();
            return placed;
        });
    }
}
