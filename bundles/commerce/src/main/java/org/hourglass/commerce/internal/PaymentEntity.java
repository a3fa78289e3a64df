package org.hourglass.commerce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.api.commerce.PayingAccount;
import org.hourglass.api.commerce.PaymentMethod;
import org.hourglass.api.commerce.PaymentStatus;
import org.hourglass.api.commerce.PaymentView;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/**
 * A payment attempt. (order, Idempotency-Key) is unique, so a retried request finds the first attempt instead
 * of charging again; {@link #ref()} is the reference the bank charges once.
 */
@Entity
@Table(name = "COM_PAYMENT", uniqueConstraints = @UniqueConstraint(name = "COM_PAYMENT_KEY", columnNames = {"ORDER_ID", "IDEM_KEY"}),
        indexes = @Index(name = "COM_PAYMENT_GATEWAY", columnList = "GATEWAY_REF"))
public class PaymentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", nullable = false, length = 20)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "AMOUNT", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "IDEM_KEY", length = 100)
    private String idempotencyKey;

    @Column(name = "GATEWAY_REF", length = 100)
    private String gatewayRef;

    @Column(name = "PROOF_SHA256", length = 64)
    private String proofSha256;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Column(name = "PAYER_NAME", length = 100)
    private String payerName;

    @Column(name = "PAYER_ACCOUNT", length = 40)
    private String payerAccount;

    @Column(name = "PAYER_BANK", length = 100)
    private String payerBank;

    protected PaymentEntity() {
    }

    PaymentEntity(long orderId, PaymentMethod method, PaymentStatus status, Money amount, String idempotencyKey, Instant now) {
        this.orderId = orderId;
        this.method = method;
        this.status = status;
        this.amount = amount.toBigDecimal();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
    }

    /** IN-8: the account a bank transfer is paid from. */
    void payingAccount(PayingAccount account) {
        this.payerName = account.name();
        this.payerAccount = account.number();
        this.payerBank = account.bank();
    }

    long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    PaymentMethod method() {
        return method;
    }

    PaymentStatus status() {
        return status;
    }

    Money amount() {
        return Money.of(amount);
    }

    String gatewayRef() {
        return gatewayRef;
    }

    /** Our reference at the bank: one per payment, so the bank charges it once. */
    String ref() {
        return "HGP" + id;
    }

    void gatewayRef(String ref) {
        this.gatewayRef = ref;
    }

    void proof(String sha256) {
        this.proofSha256 = sha256;
        this.status = PaymentStatus.AWAITING_REVIEW;
    }

    void complete(PaymentStatus to, String why, Instant at) {
        this.status = to;
        this.reason = Texts.clip(why);
        this.completedAt = at;
    }

    PaymentView toView() {
        return new PaymentView(id, orderId, method, status, amount(), gatewayRef, proofSha256, reason, createdAt, completedAt,
                payerName == null ? null : new PayingAccount(payerName, payerAccount, payerBank));
    }
}
