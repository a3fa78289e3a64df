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
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.hourglass.api.commerce.OrderLineView;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/**
 * An order: buyer, seller, the policy it was bought under, amounts in yuan and its status. The version column
 * serialises every change of one order (two payments racing for it: one wins, the other gets 409).
 */
@Entity
@Table(name = "COM_ORDER", uniqueConstraints = @UniqueConstraint(name = "COM_ORDER_KEY", columnNames = "CREATION_KEY"))
public class OrderEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "POLICY_CODE", length = 40)
    private String policy;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUYER_KIND", nullable = false, length = 20)
    private PartyKind buyerKind;

    @Column(name = "BUYER_ID")
    private Long buyerId;

    @Column(name = "BUYER_NAME", nullable = false, length = 200)
    private String buyerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "SELLER_KIND", nullable = false, length = 20)
    private PartyKind sellerKind;

    @Column(name = "SELLER_ID")
    private Long sellerId;

    @Column(name = "SELLER_NAME", nullable = false, length = 200)
    private String sellerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "TOTAL", nullable = false, precision = 15, scale = 2)
    private BigDecimal total;

    @Column(name = "PAID", nullable = false, precision = 15, scale = 2)
    private BigDecimal paid;

    @Column(name = "REFUNDED", nullable = false, precision = 15, scale = 2)
    private BigDecimal refunded;

    @Column(name = "INVOICED", nullable = false)
    private boolean invoiced;

    /** Idempotency of orders created by policies (e.g. one IN-6 billing order per class). */
    @Column(name = "CREATION_KEY", length = 120)
    private String creationKey;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "PAID_AT")
    private Instant paidAt;

    /** JS-3: the invoice title the buyer gave with the order, if any. */
    @Column(name = "INVOICE_TITLE", length = 100)
    private String invoiceTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "INVOICE_DELIVERY", length = 10)
    private org.hourglass.api.commerce.InvoiceDelivery invoiceDelivery;

    protected OrderEntity() {
    }

    OrderEntity(String policy, Party buyer, Party seller, Money total, String creationKey, Instant now) {
        this.policy = policy;
        this.buyerKind = buyer.kind();
        this.buyerId = buyer.id();
        this.buyerName = buyer.name();
        this.sellerKind = seller.kind();
        this.sellerId = seller.id();
        this.sellerName = seller.name();
        this.status = OrderStatus.CREATED;
        this.total = total.toBigDecimal();
        this.paid = Money.ZERO.toBigDecimal();
        this.refunded = Money.ZERO.toBigDecimal();
        this.creationKey = creationKey;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    String policy() {
        return policy;
    }

    Party buyer() {
        return new Party(buyerKind, buyerId, buyerName);
    }

    Party seller() {
        return new Party(sellerKind, sellerId, sellerName);
    }

    OrderStatus status() {
        return status;
    }

    Money total() {
        return Money.of(total);
    }

    Money paid() {
        return Money.of(paid);
    }

    Money refunded() {
        return Money.of(refunded);
    }

    boolean invoiced() {
        return invoiced;
    }

    Instant paidAt() {
        return paidAt;
    }

    /** Moves to {@code to}; the caller has checked the move and writes the audit entry. */
    void status(OrderStatus to) {
        this.status = to;
    }

    void markPaid(Money amount, Instant at) {
        this.paid = amount.toBigDecimal();
        this.paidAt = at;
        this.status = OrderStatus.PAID;
    }

    /** Money back: never more than was paid; fully refunded when all of it went back. */
    void addRefund(Money amount) {
        Money after = refunded().plus(amount);
        if (after.compareTo(paid()) > 0) {
            throw new IllegalStateException("refunds of order " + id + " would exceed what was paid");
        }
        this.refunded = after.toBigDecimal();
        this.status = after.equals(paid()) ? OrderStatus.REFUNDED : OrderStatus.PARTLY_REFUNDED;
    }

    void invoiced(boolean value) {
        this.invoiced = value;
    }

    /** The number printed on invoices and statements: HG + local date + id. */
    String number() {
        return "HG" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(createdAt.atZone(
                org.hourglass.api.platform.TimeSource.DEFAULT_ZONE)) + String.format("%08d", id);
    }

    OrderView toView(List<OrderLineView> lines) {
        return new OrderView(id, number(), policy, buyer(), seller(), status, total(), paid(), refunded(), invoiced, lines, createdAt,
                paidAt, invoiceIntent());
    }

    org.hourglass.api.commerce.InvoiceIntent invoiceIntent() {
        return invoiceTitle == null && invoiceDelivery == null ? null
                : new org.hourglass.api.commerce.InvoiceIntent(invoiceTitle, invoiceDelivery);
    }

    void invoiceIntent(org.hourglass.api.commerce.InvoiceIntent intent) {
        this.invoiceTitle = intent == null ? null : intent.title();
        this.invoiceDelivery = intent == null ? null : intent.delivery();
    }
}
