package org.hourglass.policy.beijing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.hourglass.api.authority.ClaimStatus;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UtcInstant;

/**
 * A subsidy application (BJ-15, BJ-16): one per class, whole class at once; the claim package as filed and its
 * hash; the authority's reference and status.
 */
@Entity
@Table(name = "BJ_APPLICATION", uniqueConstraints = @UniqueConstraint(name = "BJ_APPLICATION_CLASS", columnNames = "CLASS_ID"))
public class ApplicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "AUTHORITY_REF", length = 60)
    private String authorityRef;

    @Column(name = "AMOUNT", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "PAID", precision = 15, scale = 2)
    private BigDecimal paid;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "APPLIED_ON", nullable = false)
    private LocalDate appliedOn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CLAIM_JSON", nullable = false, length = 20_000_000)
    private String claimJson;

    @Column(name = "CLAIM_SHA256", nullable = false, length = 64)
    private String claimSha256;

    @Column(name = "LEARNERS", nullable = false)
    private int learners;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected ApplicationEntity() {
    }

    ApplicationEntity(long classId, long organizationId, Money amount, LocalDate appliedOn, ClaimPackage claim, Instant now) {
        this.classId = classId;
        this.organizationId = organizationId;
        this.status = ClaimStatus.SUBMITTED;
        this.amount = amount.toBigDecimal();
        this.appliedOn = appliedOn;
        this.claimJson = claim.json();
        this.claimSha256 = claim.sha256();
        this.learners = claim.learners();
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long classId() {
        return classId;
    }

    long organizationId() {
        return organizationId;
    }

    ClaimStatus status() {
        return status;
    }

    Money amount() {
        return Money.of(amount);
    }

    String claimJson() {
        return claimJson;
    }

    String claimSha256() {
        return claimSha256;
    }

    int learners() {
        return learners;
    }

    void submitted(String ref) {
        this.authorityRef = ref;
    }

    /** The authority's next status; a repeated or older status changes nothing (false). */
    boolean advance(ClaimStatus to, String why, Money paidAmount) {
        if (status.finished() || to.ordinal() <= status.ordinal()) {
            return false;
        }
        this.status = to;
        this.reason = why;
        this.paid = paidAmount == null ? null : paidAmount.toBigDecimal();
        return true;
    }

    ApplicationView toView() {
        return new ApplicationView(id, classId, organizationId, status, authorityRef, amount(), paid == null ? null : Money.of(paid), reason,
                appliedOn, learners, claimSha256, createdAt);
    }
}
