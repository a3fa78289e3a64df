package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.RefundBody;
import org.hourglass.api.commerce.RefundStatus;
import org.hourglass.api.commerce.RefundView;
import org.hourglass.api.commerce.SellerDecision;
import org.hourglass.api.payment.BankGateway;
import org.hourglass.api.payment.ChargeResult;
import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.records.LearningRecords;
import org.hourglass.api.records.StudyKey;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds. Core gathers the facts (paid when, invoiced or not, the most any learner studied of the copies
 * concerned, from records) and asks the order's policy (BJ-11, JS-9); a refusal is a 409 naming the policy's
 * rule and changes nothing. An allowed refund changes the order, the copies and stock, and the invoice in one
 * transaction; money then goes back through the bank once per refund reference.
 */
@Component(service = RefundService.class)
public class RefundService {
    private static final Logger LOG = LoggerFactory.getLogger(RefundService.class);

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final PolicyRegistry policies;
    private final LearningRecords records;
    private final PaymentService payments;
    private final org.hourglass.api.classes.SelfEnrolment enrolments;

    @Activate
    public RefundService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference PolicyRegistry policies, @Reference LearningRecords records, @Reference PaymentService payments,
            @Reference org.hourglass.api.classes.SelfEnrolment enrolments) {
        this.enrolments = enrolments;
        this.jpa = jpa;
        this.time = time;
        this.policies = policies;
        this.records = records;
        this.payments = payments;
    }

    public RefundView request(Caller caller, long orderId, RefundBody body) {
        Problem.requireBody(body);
        if (body.kind() == null) {
            throw Problem.invalidField("kind", "REFUND, COURSE_RETURN or EQUAL_VALUE_EXCHANGE");
        }
        if (body.kind() != RefundKind.REFUND && (body.classId() == null) != (body.learnerIds() == null || body.learnerIds().isEmpty())) {
            throw Problem.invalidField("learnerIds", "name the class and the learners whose copies come back, or neither");
        }
        if (body.kind() == RefundKind.COURSE_RETURN && body.classId() == null) {
            throw Problem.invalidField("learnerIds", "BJ-11: a course return names the learners whose copies go back to stock");
        }
        if (body.learnerIds() != null && body.learnerIds().size() > 1000) {
            throw Problem.invalidField("learnerIds", "at most 1000");
        }
        RefundView view = Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrderEntity o = OrderBook.load(em, orderId);
            OrderAccess.requireBuyer(caller, o);
            if (o.status() != OrderStatus.PAID && o.status() != OrderStatus.PARTLY_REFUNDED) {
                throw Problem.conflict("order " + orderId + " is " + o.status() + "; only paid orders are refunded");
            }
            if (o.policy() == null) {
                throw Problem.conflict("order " + orderId + " was bought under no policy, so none can allow its refund");
            }
            TrainingPolicy policy = policies.require(o.policy());
            Concerned c = concerned(em, o, body);
            Money amount = body.kind() == RefundKind.REFUND ? o.paid().minus(o.refunded()) : Money.ZERO;
            RefundRequest asked = new RefundRequest(orderId, body.kind(), o.paidAt(), o.invoiced(), c.maxStudiedSeconds(), c.copies(),
                    Boolean.TRUE.equals(body.noFurtherNeed()), amount, time.now());
            policy.mayRefund(asked).orThrow();
            boolean awaitsSeller = body.kind() == RefundKind.REFUND && policy.refundAwaitsSeller(asked);
            OrderBook.lock(em, o);
            if (awaitsSeller && awaiting(em, orderId)) {
                throw Problem.conflict("order " + orderId + " has a refund awaiting the seller's decision");
            }
            RefundEntity r = new RefundEntity(orderId, body.kind(), amount, c.copies(), c.held(), body.reason(), time.now());
            em.persist(r);
            em.flush();
            String actor = Actors.of(caller);
            switch (body.kind()) {
                case REFUND -> {
                    if (awaitsSeller) {
                        Audit.record(em, o, "refund-requested", o.status(), actor, "refund " + r.id() + " of " + amount
                                + ", awaiting the seller " + text(body.reason()), time.now());
                    } else {
                        refundWhole(em, o, r, c.held(), actor, time.now());
                        withdrawEnrolments(em, o);
                    }
                }
                case COURSE_RETURN -> {
                    Copies.release(em, c.held(), time.now());
                    r.decide(RefundStatus.COMPLETED, null, time.now());
                    Audit.record(em, o, "course-returned", o.status(), actor, "refund " + r.id() + ": " + c.copies()
                            + " copies back to stock " + text(body.reason()), time.now());
                }
                case EQUAL_VALUE_EXCHANGE -> Audit.record(em, o, "exchange-requested", o.status(), actor, "refund " + r.id() + ": "
                        + c.copies() + " copies, awaiting the seller " + text(body.reason()), time.now());
            }
            return r.toView();
        }));
        return view.kind() == RefundKind.REFUND && view.status() == RefundStatus.COMPLETED && !view.amount().isZero() ? payBack(view)
                : view;
    }

    /** The whole order back: its copies void, the money refunded (or the free order void), its invoice void. */
    private static void refundWhole(EntityManager em, OrderEntity o, RefundEntity r, List<CopyEntity> held, String actor,
            java.time.Instant now) {
        Copies.voidAll(em, o, held, now);
        OrderStatus from = o.status();
        if (r.amount().isZero()) {
            o.status(OrderStatus.VOID);
        } else {
            o.addRefund(r.amount());
        }
        Invoices.voidFor(em, o);
        r.decide(RefundStatus.COMPLETED, null, now);
        Audit.record(em, o, "refunded", from, actor, "refund " + r.id() + " of " + r.amount() + " (" + r.copies()
                + " copies void) " + text(r.reason()), now);
    }

    /** JS-3: a refunded enrolment takes the learner off its class's roster, in the refund's transaction. */
    private void withdrawEnrolments(EntityManager em, OrderEntity o) {
        if (o.buyer().kind() != org.hourglass.api.policy.PartyKind.LEARNER) {
            return;
        }
        for (OrderLineEntity line : OrderBook.lines(em, o.id())) {
            if (LineKinds.CLASS_ENROLMENT.equals(line.kind()) && line.refId() != null) {
                enrolments.withdraw(line.refId(), o.buyer().id());
            }
        }
    }

    private static boolean awaiting(EntityManager em, long orderId) {
        return !em.createQuery("select r.id from RefundEntity r where r.orderId = :o and r.status = :s").setParameter("o", orderId)
                .setParameter("s", RefundStatus.AWAITING_SELLER).getResultList().isEmpty();
    }

    private static String text(String reason) {
        return reason == null ? "" : "— " + reason;
    }

    private record Concerned(List<CopyEntity> held, int copies, long maxStudiedSeconds) {
    }

    /** The copies a refund concerns and the longest study of any of them (BJ-11: "单个学员最长学习时间"). */
    private Concerned concerned(EntityManager em, OrderEntity o, RefundBody body) {
        List<CopyEntity> live = Copies.liveOf(em, o.id());
        List<CopyEntity> held;
        int free = 0;
        if (body.kind() == RefundKind.REFUND) {
            held = live;
            free = Copies.free(em, o.id());
        } else {
            Set<Long> wanted = new HashSet<>(body.learnerIds() == null ? List.of() : body.learnerIds());
            held = new ArrayList<>(live.stream().filter(c -> body.classId() != null && c.classId() == body.classId()
                    && wanted.contains(c.learnerId())).toList());
            Set<Long> found = new HashSet<>(held.stream().map(CopyEntity::learnerId).toList());
            wanted.removeAll(found);
            if (!wanted.isEmpty()) {
                throw Problem.invalidField("learnerIds", "these learners hold no copy of order " + o.id() + " in class " + body.classId()
                        + ": " + wanted);
            }
            if (body.kind() == RefundKind.EQUAL_VALUE_EXCHANGE) {
                free = Copies.free(em, o.id());
            }
        }
        // one look-up for every copy concerned (issue 13: up to 1,000 copies, not 1,000 calls)
        long maxMs = records.studiedOnCourses(held.stream().map(c -> new StudyKey(c.classId(), c.learnerId(), c.courseId())).toList())
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (o.buyer().kind() == org.hourglass.api.policy.PartyKind.LEARNER) {
            // JS-3: an enrolment's study is the learner's in its class
            for (OrderLineEntity line : OrderBook.lines(em, o.id())) {
                if (LineKinds.CLASS_ENROLMENT.equals(line.kind()) && line.refId() != null) {
                    maxMs = Math.max(maxMs, records.studiedMillis(line.refId(), o.buyer().id()));
                }
            }
        }
        return new Concerned(held, held.size() + free, maxMs / 1000);
    }

    /** Money back through the bank, once per refund reference; an unreachable bank leaves the refund without a bank reference. */
    private RefundView payBack(RefundView r) {
        BankGateway bank = payments.gateway();
        PaymentEntity paid = jpa.txExpr(TransactionType.Required, em -> Payments.succeeded(em, r.orderId()));
        if (bank == null || paid == null || paid.method() != org.hourglass.api.commerce.PaymentMethod.ONLINE) {
            return r; // paid by transfer: the seller transfers it back; the refund row says how much
        }
        ChargeResult result;
        try {
            result = bank.refund(paid.ref(), "HGR" + r.id(), r.amount());
        } catch (IllegalStateException e) {
            LOG.error("bank unreachable for refund HGR{} of order {}: pay {} back by hand", r.id(), r.orderId(), r.amount(), e);
            return r;
        }
        if (result.status() != ChargeStatus.SUCCEEDED) {
            LOG.error("bank refused refund HGR{} of order {} ({}): pay {} back by hand", r.id(), r.orderId(), result.reason(), r.amount());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            RefundEntity e = em.find(RefundEntity.class, r.id());
            e.decide(RefundStatus.COMPLETED, result.gatewayRef(), r.decidedAt());
            return e.toView();
        });
    }

    /**
     * The seller decides a refund kept for it: an equal-value exchange (BJ-11: the copies become void) or a whole-order refund
     * its policy sends for review (IN-8 "申请退费": the order is refunded as at once, then the money goes back).
     */
    public RefundView decide(Caller caller, long refundId, SellerDecision body) {
        RefundView decided = decideInOneTransaction(caller, refundId, body);
        return decided.kind() == RefundKind.REFUND && decided.status() == RefundStatus.COMPLETED && !decided.amount().isZero()
                ? payBack(decided) : decided;
    }

    private RefundView decideInOneTransaction(Caller caller, long refundId, SellerDecision body) {
        Problem.requireBody(body);
        if (body.accepted() == null) {
            throw Problem.invalidField("accepted", "required, true or false");
        }
        return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            RefundEntity r = em.find(RefundEntity.class, refundId);
            if (r == null) {
                throw Problem.notFound("refund", refundId);
            }
            OrderEntity o = OrderBook.load(em, r.orderId());
            OrderAccess.requireSeller(caller, o);
            if (r.status() != RefundStatus.AWAITING_SELLER) {
                throw Problem.conflict("refund " + refundId + " is " + r.status());
            }
            OrderBook.lock(em, o);
            OrderStatus from = o.status();
            if (r.kind() == RefundKind.REFUND) {
                if (!body.accepted()) {
                    r.decide(RefundStatus.DECLINED, null, time.now());
                    Audit.record(em, o, "refund-declined", from, Actors.of(caller), "refund " + refundId + " " + text(body.reason()),
                            time.now());
                } else if (r.amount().compareTo(o.paid().minus(o.refunded())) > 0) {
                    throw Problem.conflict("order " + o.id() + " has less than " + r.amount() + " left to refund");
                } else {
                    refundWhole(em, o, r, Copies.liveOf(em, o.id()), Actors.of(caller), time.now());
                    withdrawEnrolments(em, o);
                }
                return r.toView();
            }
            if (body.accepted()) {
                List<CopyEntity> held = Copies.liveOf(em, o.id()).stream().filter(c -> r.holders().contains(c.classId() + ":"
                        + c.learnerId())).toList();
                Copies.voidAll(em, o, held, time.now());
                if (Copies.liveOf(em, o.id()).isEmpty() && Copies.free(em, o.id()) == 0
                        && OrderBook.lines(em, o.id()).stream().allMatch(l -> LineKinds.COURSE_COPIES.equals(l.kind()))) {
                    o.status(OrderStatus.VOID);
                }
            }
            r.decide(body.accepted() ? RefundStatus.COMPLETED : RefundStatus.DECLINED, null, time.now());
            Audit.record(em, o, body.accepted() ? "exchange-confirmed" : "exchange-declined", from, Actors.of(caller),
                    "refund " + refundId + " " + text(body.reason()), time.now());
            return r.toView();
        }));
    }

    public List<RefundView> list(Caller caller, long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OrderAccess.requireVisible(caller, OrderBook.load(em, orderId));
            return em.createQuery("select r from RefundEntity r where r.orderId = :o order by r.id", RefundEntity.class)
                    .setParameter("o", orderId).getResultList().stream().map(RefundEntity::toView).toList();
        });
    }
}
