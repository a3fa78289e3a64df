package org.hourglass.commerce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.api.commerce.InvoiceDelivery;
import org.hourglass.api.commerce.InvoiceRequest;
import org.hourglass.api.commerce.InvoiceStatus;
import org.hourglass.api.commerce.InvoiceType;
import org.hourglass.api.commerce.InvoiceView;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/** An invoice, one per order (the unique ORDER_ID makes a second one impossible), PDF kept as issued (BJ-12, JS-11). */
@Entity
@Table(name = "COM_INVOICE", uniqueConstraints = @UniqueConstraint(name = "COM_INVOICE_ORDER", columnNames = "ORDER_ID"))
public class InvoiceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "ISSUER", nullable = false, length = 200)
    private String issuer;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "TAXPAYER_ID", length = 20)
    private String taxpayerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "INVOICE_TYPE", nullable = false, length = 10)
    private InvoiceType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY", nullable = false, length = 10)
    private InvoiceDelivery delivery;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "AMOUNT", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private InvoiceStatus status;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PDF", length = 10_000_000)
    private byte[] pdf;

    @Column(name = "PDF_SHA256", length = 64)
    private String pdfSha256;

    protected InvoiceEntity() {
    }

    InvoiceEntity(long orderId, String issuer, InvoiceRequest r, Money amount, Instant now) {
        this.orderId = orderId;
        this.issuer = issuer;
        this.title = r.title().trim();
        this.taxpayerId = r.taxpayerId() == null || r.taxpayerId().isBlank() ? null : r.taxpayerId().trim().toUpperCase();
        this.type = r.type();
        this.delivery = r.delivery();
        this.email = r.email() == null ? null : r.email().trim();
        this.address = r.address() == null ? null : r.address().trim();
        this.amount = amount.toBigDecimal();
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = now;
    }

    long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    byte[] pdf() {
        return pdf;
    }

    void pdf(byte[] bytes, String sha256) {
        this.pdf = bytes;
        this.pdfSha256 = sha256;
    }

    /** A red-letter reversal after the order's money went back. */
    void voidIt() {
        this.status = InvoiceStatus.VOID;
    }

    String number() {
        return "INV" + String.format("%010d", id);
    }

    InvoiceView toView() {
        return new InvoiceView(id, number(), orderId, issuer, title, taxpayerId, type, delivery, email, address, Money.of(amount), status,
                issuedAt, pdfSha256);
    }
}
