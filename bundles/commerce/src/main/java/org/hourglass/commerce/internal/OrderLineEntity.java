package org.hourglass.commerce.internal;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.api.commerce.OrderLineView;
import org.hourglass.api.quantity.Money;

/** One line of an order; for course copies also how many are held by learners and how many were voided (BJ-10, BJ-11). */
@Entity
@Table(name = "COM_ORDER_LINE", indexes = @Index(name = "COM_ORDER_LINE_ORDER", columnList = "ORDER_ID"))
public class OrderLineEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    /** A core kind ({@link LineKinds}) or a contributed one ({@code <policy>/<name>}). */
    @Column(name = "KIND", nullable = false, length = 90)
    private String kind;

    @Column(name = "DESCRIPTION", nullable = false, length = 300)
    private String description;

    @Column(name = "REF_ID")
    private Long refId;

    @Column(name = "SERVICE", length = 40)
    private String service;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "UNIT_PRICE", nullable = false, precision = 15, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "AMOUNT", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "ASSIGNED", nullable = false)
    private int assigned;

    @Column(name = "VOIDED", nullable = false)
    private int voided;

    protected OrderLineEntity() {
    }

    OrderLineEntity(long orderId, PricedLine line) {
        this.orderId = orderId;
        this.kind = line.kind();
        this.description = line.description();
        this.refId = line.refId();
        this.service = line.service();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().toBigDecimal();
        this.amount = line.amount().toBigDecimal();
    }

    long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    String kind() {
        return kind;
    }

    Long refId() {
        return refId;
    }

    String service() {
        return service;
    }

    int quantity() {
        return quantity;
    }

    int free() {
        return quantity - assigned - voided;
    }

    void assignOne() {
        assigned++;
    }

    void releaseOne() {
        assigned--;
    }

    /** Voids {@code held} copies that learners held and {@code free} copies of the stock. */
    void voidCopies(int held, int free) {
        assigned -= held;
        voided += held + free;
    }

    OrderLineView toView() {
        return new OrderLineView(id, kind, description, refId, quantity, Money.of(unitPrice), Money.of(amount), assigned, voided);
    }
}
