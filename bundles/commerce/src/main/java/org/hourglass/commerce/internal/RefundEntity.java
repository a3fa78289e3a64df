package org.hourglass.commerce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
import org.hourglass.api.commerce.RefundStatus;
import org.hourglass.api.commerce.RefundView;
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/** A refund of an order as its policy allowed it (BJ-11): money back, copies back to stock, or copies void. */
@Entity
@Table(name = "COM_REFUND", indexes = @Index(name = "COM_REFUND_ORDER", columnList = "ORDER_ID"))
public class RefundEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private RefundKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private RefundStatus status;

    @Column(name = "AMOUNT", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "COPIES", nullable = false)
    private int copies;

    /** The copies concerned, as "classId:learnerId" pairs; empty for whole-order refunds. */
    @Column(name = "HOLDERS", length = 8000)
    private String holders;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "GATEWAY_REF", length = 100)
    private String gatewayRef;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected RefundEntity() {
    }

    RefundEntity(long orderId, RefundKind kind, Money amount, int copies, List<CopyEntity> concerned, String reason, Instant now) {
        this.orderId = orderId;
        this.kind = kind;
        this.status = RefundStatus.AWAITING_SELLER;
        this.amount = amount.toBigDecimal();
        this.copies = copies;
        this.holders = String.join(",", concerned.stream().map(c -> c.classId() + ":" + c.learnerId()).toList());
        this.reason = Texts.clip(reason);
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    RefundKind kind() {
        return kind;
    }

    RefundStatus status() {
        return status;
    }

    Money amount() {
        return Money.of(amount);
    }

    int copies() {
        return copies;
    }

    String reason() {
        return reason;
    }

    /** "classId:learnerId" pairs of the held copies concerned. */
    List<String> holders() {
        return holders == null || holders.isEmpty() ? List.of() : List.of(holders.split(","));
    }

    String ref() {
        return "HGR" + id;
    }

    void decide(RefundStatus to, String gatewayRef, Instant at) {
        this.status = to;
        this.gatewayRef = gatewayRef;
        this.decidedAt = at;
    }

    RefundView toView() {
        return new RefundView(id, orderId, kind, status, amount(), copies, reason, gatewayRef, createdAt, decidedAt);
    }
}
