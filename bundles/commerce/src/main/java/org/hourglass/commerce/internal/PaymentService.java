package org.hourglass.commerce.internal;

import org.hourglass.api.documents.ContentHash;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.PayingAccount;
import org.hourglass.api.commerce.PaymentMethod;
import org.hourglass.api.commerce.PaymentRequest;
import org.hourglass.api.commerce.PaymentReview;
import org.hourglass.api.commerce.PaymentStatus;
import org.hourglass.api.commerce.PaymentView;
import org.hourglass.api.payment.BankGateway;
import org.hourglass.api.payment.ChargeResult;
import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.payment.GatewayNotification;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments of orders. Online: the payment row is committed first (the order's version serialises racing
 * payments), then the bank charges our reference once, then the outcome is committed; a retry with the same
 * {@code Idempotency-Key} returns that payment and never charges again. Bank transfer (IN-8): a proof upload,
 * then the seller's review.
 */
@Component(service = PaymentService.class)
public class PaymentService {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final OrderService orders;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile BankGateway gateway;

    @Activate
    public PaymentService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference OrderService orders) {
        this.jpa = jpa;
        this.time = time;
        this.orders = orders;
    }

    /** The payment and whether it was created by this request (false: an idempotent replay). */
    public record Outcome(PaymentView payment, boolean created) {
    }

    public Outcome pay(Caller caller, long orderId, PaymentRequest body, String key) {
        Problem.requireBody(body);
        if (body.method() == null || body.method() == PaymentMethod.PREPAID) {
            throw Problem.invalidField("method", "ONLINE or BANK_TRANSFER");
        }
        if (key != null && (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+"))) {
            throw Problem.invalidField("Idempotency-Key", "1 to 100 printable ASCII characters");
        }
        BankGateway bank = gateway;
        if (body.method() == PaymentMethod.ONLINE && bank == null) {
            throw new Problem(503, "gateway-unavailable", "Payment gateway unavailable",
                    "no bank gateway is deployed; nothing was charged", null);
        }
        PayingAccount account = body.method() == PaymentMethod.BANK_TRANSFER ? PayingAccounts.of(body) : null;
        Started started = start(caller, orderId, body.method(), account, key);
        PaymentView p = started.payment();
        if (p.method() != PaymentMethod.ONLINE || p.status() != PaymentStatus.PENDING) {
            return new Outcome(p, started.created());
        }
        ChargeResult result = ask(bank, p, started.created());
        return new Outcome(result == null ? p : settle(p.id(), result, Actors.bank(result.gatewayRef())), started.created());
    }

    private record Started(PaymentView payment, boolean created) {
    }

    private Started start(Caller caller, long orderId, PaymentMethod method, PayingAccount account, String key) {
        try {
            return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
                OrderEntity o = OrderBook.load(em, orderId);
                OrderAccess.requireBuyer(caller, o);
                Optional<PaymentEntity> replay = byKey(em, orderId, key);
                if (replay.isPresent()) {
                    return new Started(replay.get().toView(), false);
                }
                if (o.status() != OrderStatus.CREATED) {
                    throw Problem.conflict("order " + orderId + " is " + o.status() + "; nothing to pay");
                }
                Payments.refuseIfOpen(em, o);
                if (account != null) {
                    PayingAccounts.requireBuyersName(account, o.buyer().name());
                }
                OrderBook.lock(em, o);
                PaymentEntity p = new PaymentEntity(orderId, method, method == PaymentMethod.ONLINE ? PaymentStatus.PENDING
                        : PaymentStatus.AWAITING_PROOF, o.total(), key, time.now());
                if (account != null) {
                    p.payingAccount(account);
                }
                em.persist(p);
                em.flush();
                Audit.record(em, o, "payment-started", o.status(), Actors.of(caller), method + " payment " + p.id() + " of " + o.total(),
                        time.now());
                return new Started(p.toView(), true);
            }));
        } catch (PersistenceException e) {
            if (key != null && UniqueViolation.in(e)) {
                return new Started(jpa.txExpr(TransactionType.Required, em -> byKey(em, orderId, key).orElseThrow(() -> e)).toView(), false);
            }
            throw e;
        }
    }

    private static Optional<PaymentEntity> byKey(EntityManager em, long orderId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from PaymentEntity p where p.orderId = :o and p.idempotencyKey = :k", PaymentEntity.class)
                .setParameter("o", orderId).setParameter("k", key).getResultStream().findFirst();
    }

    /** Charges a new payment, or asks the bank how an earlier one ended; null when the bank cannot be reached. */
    private static ChargeResult ask(BankGateway bank, PaymentView p, boolean fresh) {
        String ref = "HGP" + p.id();
        try {
            return fresh ? bank.charge(ref, p.amount(), "Hourglass order " + p.orderId()) : bank.status(ref);
        } catch (IllegalStateException e) {
            LOG.warn("bank unreachable for payment {}: it stays pending until the bank notifies us", ref, e);
            return null;
        }
    }

    /** Records the bank's outcome once; later outcomes of a settled payment change nothing. */
    private PaymentView settle(long paymentId, ChargeResult result, String actor) {
        PaymentView view = Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            PaymentEntity p = em.find(PaymentEntity.class, paymentId);
            if (p.status() != PaymentStatus.PENDING || result.status() == ChargeStatus.PENDING) {
                if (p.gatewayRef() == null && result.gatewayRef() != null) {
                    p.gatewayRef(result.gatewayRef());
                }
                return p.toView();
            }
            OrderEntity o = OrderBook.load(em, p.orderId());
            p.gatewayRef(result.gatewayRef());
            if (result.status() == ChargeStatus.SUCCEEDED) {
                p.complete(PaymentStatus.SUCCEEDED, null, time.now());
                OrderBook.paid(em, o, p.amount(), actor, "online payment " + p.id(), time.now());
                em.flush();
                orders.announcePaid(OrderBook.view(em, o)); // in this transaction (issue 13): a listener's writes commit with it
            } else {
                p.complete(PaymentStatus.FAILED, result.reason(), time.now());
                Audit.record(em, o, "payment-failed", o.status(), actor, result.reason(), time.now());
            }
            return p.toView();
        }));
        return view;
    }

    /** A bank's callback: verified by the gateway, then the payment's outcome is recorded once. */
    public void notified(GatewayNotification n) {
        Problem.requireBody(n);
        if (n.paymentRef() == null || !n.paymentRef().matches("HGP\\d{1,18}") || n.status() == null || n.signature() == null) {
            throw Problem.invalid("an incomplete notification", List.of(new org.hourglass.api.problem.FieldError("paymentRef",
                    "paymentRef, status and signature are required")));
        }
        BankGateway bank = gateway;
        if (bank == null || !bank.verify(n)) {
            throw Problem.invalidField("signature", "not signed by the deployed bank gateway");
        }
        long id = Long.parseLong(n.paymentRef().substring(3));
        PaymentView p = jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(PaymentEntity.class, id))
                .map(PaymentEntity::toView).orElseThrow(() -> Problem.notFound("payment", n.paymentRef())));
        Money amount;
        try {
            amount = Money.parse(n.amount());
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField("amount", "an amount of yuan");
        }
        if (!amount.equals(p.amount())) {
            throw Problem.invalidField("amount", "payment " + n.paymentRef() + " is of " + p.amount());
        }
        settle(id, new ChargeResult(n.gatewayRef(), n.status(), n.status() == ChargeStatus.FAILED ? "declined by the bank" : null),
                Actors.bank(n.gatewayRef()));
    }

    public List<PaymentView> list(Caller caller, long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OrderAccess.requireVisible(caller, OrderBook.load(em, orderId));
            return em.createQuery("select p from PaymentEntity p where p.orderId = :o order by p.id", PaymentEntity.class)
                    .setParameter("o", orderId).getResultList().stream().map(PaymentEntity::toView).toList();
        });
    }

    /** IN-8: the proof of a bank transfer; stored by content hash; the payment then awaits the seller's review. */
    public PaymentView proof(Caller caller, long paymentId, byte[] content, String contentType) {
        String sha = ContentHash.sha256(content);
        return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            PaymentEntity p = payment(em, paymentId);
            OrderEntity o = OrderBook.load(em, p.orderId());
            OrderAccess.requireBuyer(caller, o);
            if (p.method() != PaymentMethod.BANK_TRANSFER || (p.status() != PaymentStatus.AWAITING_PROOF
                    && p.status() != PaymentStatus.AWAITING_REVIEW)) {
                throw Problem.conflict("payment " + paymentId + " is a " + p.method() + " payment in status " + p.status()
                        + "; proofs go with bank transfers awaiting review");
            }
            if (em.find(ProofEntity.class, sha) == null) {
                em.persist(new ProofEntity(sha, contentType, content, time.now()));
            }
            OrderBook.lock(em, o);
            p.proof(sha);
            Audit.record(em, o, "proof-uploaded", o.status(), Actors.of(caller), "payment " + paymentId + ", sha256 " + sha, time.now());
            return p.toView();
        }));
    }

    public record Proof(byte[] content, String contentType) {
    }

    public Proof proofOf(Caller caller, long paymentId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PaymentEntity p = payment(em, paymentId);
            OrderAccess.requireVisible(caller, OrderBook.load(em, p.orderId()));
            String sha = p.toView().proofSha256();
            ProofEntity proof = sha == null ? null : em.find(ProofEntity.class, sha);
            if (proof == null) {
                throw Problem.notFound("proof of payment", paymentId);
            }
            return new Proof(proof.content(), proof.contentType());
        });
    }

    /** IN-8: the seller side confirms the transfer arrived (the order is paid) or rejects it with a reason. */
    public PaymentView review(Caller caller, long paymentId, PaymentReview body) {
        Problem.requireBody(body);
        if (body.approved() == null) {
            throw Problem.invalidField("approved", "required, true or false");
        }
        if (!body.approved() && (body.reason() == null || body.reason().isBlank())) {
            throw Problem.invalidField("reason", "a rejection needs a reason");
        }
        PaymentView view = Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            PaymentEntity p = payment(em, paymentId);
            OrderEntity o = OrderBook.load(em, p.orderId());
            OrderAccess.requireSeller(caller, o);
            if (p.status() != PaymentStatus.AWAITING_REVIEW) {
                throw Problem.conflict("payment " + paymentId + " is " + p.status() + ", not awaiting review");
            }
            OrderBook.lock(em, o);
            if (body.approved()) {
                p.complete(PaymentStatus.SUCCEEDED, body.reason(), time.now());
                OrderBook.paid(em, o, p.amount(), Actors.of(caller), "bank transfer " + paymentId + " confirmed", time.now());
                em.flush();
                orders.announcePaid(OrderBook.view(em, o)); // in this transaction (issue 13)
            } else {
                p.complete(PaymentStatus.REJECTED, body.reason(), time.now());
                Audit.record(em, o, "transfer-rejected", o.status(), Actors.of(caller), body.reason(), time.now());
            }
            return p.toView();
        }));
        return view;
    }

    private static PaymentEntity payment(EntityManager em, long id) {
        PaymentEntity p = em.find(PaymentEntity.class, id);
        if (p == null) {
            throw Problem.notFound("payment", id);
        }
        return p;
    }

    /** The bank, for refunds; null when none is deployed. */
    BankGateway gateway() {
        return gateway;
    }
}
