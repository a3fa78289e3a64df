package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.NewOrder;
import org.hourglass.api.commerce.OrderEventView;
import org.hourglass.api.commerce.OrderListener;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.Orders;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/** Orders: create (priced by the server), list and read with ownership, cancel, audit trail; and {@link Orders} for policies. */
@Component(service = {OrderService.class, Orders.class}, configurationPid = CommerceConfig.PID)
@Designate(ocd = CommerceConfig.class)
public class OrderService implements Orders {

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final CourseDirectory courses;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;
    private final OrganizationDirectory organizations;
    private final InstitutionDirectory institutions;
    private final LearnerDirectory learners;
    private final ChargeKinds charges;
    private volatile OrderPricing pricing;

    /** JS-3 and others learn of paid orders; plug-ins come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<OrderListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public OrderService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference CourseDirectory courses, @Reference ClassDirectory classes, @Reference PolicyRegistry policies,
            @Reference OrganizationDirectory organizations, @Reference InstitutionDirectory institutions,
            @Reference LearnerDirectory learners, @Reference ChargeKinds charges, CommerceConfig config) {
        this.charges = charges;
        this.jpa = jpa;
        this.time = time;
        this.courses = courses;
        this.classes = classes;
        this.policies = policies;
        this.organizations = organizations;
        this.institutions = institutions;
        this.learners = learners;
        modified(config);
    }

    @Modified
    void modified(CommerceConfig config) {
        this.pricing = new OrderPricing(courses, classes, policies, organizations, institutions, learners, config, charges, time);
    }

    public OrderView create(Caller caller, NewOrder body) {
        OrderDraft draft = pricing.price(caller, Problem.requireBody(body));
        return jpa.txExpr(TransactionType.Required, em -> {
            if (draft.lines().stream().anyMatch(l -> LineKinds.CLASS_ENROLMENT.equals(l.kind()))) {
                refuseSecondEnrolment(em, draft);
            }
            return OrderBook.view(em, OrderBook.store(em, draft, null, Actors.of(caller), time.now()));
        });
    }

    /** JS-3: one live enrolment order per learner and class. */
    private static void refuseSecondEnrolment(javax.persistence.EntityManager em, OrderDraft draft) {
        for (PricedLine line : draft.lines()) {
            List<Long> open = em.createQuery("select o.id from OrderEntity o, OrderLineEntity l where l.orderId = o.id "
                    + "and o.buyerKind = :k and o.buyerId = :b and l.kind = :kind and l.refId = :c and o.status in :live", Long.class)
                    .setParameter("k", draft.buyer().kind()).setParameter("b", draft.buyer().id()).setParameter("kind", LineKinds.CLASS_ENROLMENT)
                    .setParameter("c", line.refId()).setParameter("live", List.of(OrderStatus.CREATED, OrderStatus.PAID)).getResultList();
            if (!open.isEmpty()) {
                throw Problem.conflict("the learner already has order " + open.get(0) + " for class " + line.refId());
            }
        }
    }

    /** JS-2: a plug-in's checkout places the learner's orders as he would, inside its transaction. */
    @Override
    public OrderView place(Caller buyer, NewOrder order) {
        return create(buyer, order);
    }

    @Override
    public OrderView create(String policyCode, Party buyer, Party seller, List<Item> lines, String key, String actor) {
        for (Item l : lines) {
            if (!LineKinds.CORE.contains(l.kind()) && charges.find(l.kind()).isEmpty()) {
                throw new IllegalArgumentException("order lines are of a core kind or a deployed ChargeKind, not " + l.kind());
            }
        }
        List<PricedLine> priced = lines.stream().map(l -> new PricedLine(
                l.kind(), l.description(), l.refId(), null, l.quantity(), l.unitPrice())).toList();
        OrderDraft draft = new OrderDraft(policyCode, buyer, seller, priced);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Optional<OrderEntity> existing = byKey(em, key);
                return OrderBook.view(em, existing.orElseGet(() -> OrderBook.store(em, draft, key, actor, time.now())));
            });
        } catch (PersistenceException e) {
            if (key != null && UniqueViolation.in(e)) {
                return jpa.txExpr(TransactionType.Required, em -> OrderBook.view(em, byKey(em, key).orElseThrow(() -> e)));
            }
            throw e;
        }
    }

    private static Optional<OrderEntity> byKey(javax.persistence.EntityManager em, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select o from OrderEntity o where o.creationKey = :k", OrderEntity.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrderView> find(long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(OrderEntity.class, orderId))
                .map(o -> OrderBook.view(em, o)));
    }

    @Override
    public Optional<OrderView> byKey(String key) {
        return jpa.txExpr(TransactionType.Required, em -> byKey(em, key).map(o -> OrderBook.view(em, o)));
    }

    public OrderView get(Caller caller, long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OrderEntity o = OrderBook.load(em, orderId);
            OrderAccess.requireVisible(caller, o);
            return OrderBook.view(em, o);
        });
    }

    public record Page(List<OrderView> items, long total) {
    }

    /** The orders the caller sees, newest first, optionally of one status. */
    public Page list(Caller caller, OrderStatus status, Paging paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and o.status = :status");
        }
        if (!caller.seesEverything()) {
            where.append(" and (").append(ownership(caller)).append(")");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Long> count = em.createQuery("select count(o) from OrderEntity o" + where, Long.class);
            TypedQuery<OrderEntity> page = em.createQuery("select o from OrderEntity o" + where + " order by o.id desc", OrderEntity.class);
            bind(caller, status, count);
            bind(caller, status, page);
            List<OrderView> items = new ArrayList<>();
            page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList().forEach(o -> items.add(OrderBook.view(em, o)));
            return new Page(items, count.getSingleResult());
        });
    }

    private static String ownership(Caller caller) {
        List<String> or = new ArrayList<>();
        if (caller.hasRole(Roles.LEARNER)) {
            or.add("(o.buyerKind = :kLearner and o.buyerId = :me)");
        }
        if (caller.hasRole(Roles.ORG_ADMIN) && caller.organizationId() != null) {
            or.add("(o.buyerKind = :kOrg and o.buyerId = :org)");
        }
        if (caller.hasRole(Roles.INSTITUTION_STAFF) && caller.institutionId() != null) {
            or.add("(o.buyerKind = :kInst and o.buyerId = :inst)");
            or.add("(o.sellerKind = :kInst and o.sellerId = :inst)");
        }
        return or.isEmpty() ? "1 = 0" : String.join(" or ", or);
    }

    private static void bind(Caller caller, OrderStatus status, TypedQuery<?> q) {
        if (status != null) {
            q.setParameter("status", status);
        }
        if (!caller.seesEverything()) {
            if (caller.hasRole(Roles.LEARNER)) {
                q.setParameter("me", caller.accountId()).setParameter("kLearner", PartyKind.LEARNER);
            }
            if (caller.hasRole(Roles.ORG_ADMIN) && caller.organizationId() != null) {
                q.setParameter("org", caller.organizationId()).setParameter("kOrg", PartyKind.ORGANIZATION);
            }
            if (caller.hasRole(Roles.INSTITUTION_STAFF) && caller.institutionId() != null) {
                q.setParameter("inst", caller.institutionId()).setParameter("kInst", PartyKind.INSTITUTION);
            }
        }
    }

    public List<OrderEventView> events(Caller caller, long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OrderAccess.requireVisible(caller, OrderBook.load(em, orderId));
            return em.createQuery("select e from OrderEventEntity e where e.orderId = :o order by e.id", OrderEventEntity.class)
                    .setParameter("o", orderId).getResultList().stream().map(OrderEventEntity::toView).toList();
        });
    }

    /** created → cancelled by the buyer side, never while a payment is under way. */
    public OrderView cancel(Caller caller, long orderId, String reason) {
        return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrderEntity o = OrderBook.load(em, orderId);
            OrderAccess.requireBuyer(caller, o);
            if (o.status() != OrderStatus.CREATED) {
                throw Problem.conflict("order " + orderId + " is " + o.status() + "; only an unpaid order can be cancelled");
            }
            Payments.refuseIfOpen(em, o);
            OrderBook.lock(em, o);
            o.status(OrderStatus.CANCELLED);
            Audit.record(em, o, "cancelled", OrderStatus.CREATED, Actors.of(caller), reason, time.now());
            return OrderBook.view(em, o);
        }));
    }

    /**
     * Tells the listeners of a paid order, inside the payment's transaction (issue 13): a listener that throws undoes the
     * payment's recording with its own writes; the payment stays pending for the bank's next word.
     */
    void announcePaid(OrderView order) {
        for (OrderListener l : listeners) {
            l.paid(order);
        }
    }
}
