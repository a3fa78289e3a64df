package org.hourglass.policy.institution.internal;

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
import javax.persistence.Version;
import org.hourglass.persistence.UtcInstant;

/**
 * IN-5 "如特殊原因,可申请免开班": an institution's request that a class be exempt from the per-head fee, and the platform's
 * decision. {@code ACTIVE_CLASS_ID} holds the class while the request is pending or granted and is emptied by a refusal,
 * so a class has at most one live request even when two are sent at once (unique; many NULLs are allowed).
 */
@Entity
@Table(name = "IN_FEE_EXEMPTION", uniqueConstraints = @UniqueConstraint(name = "IN_FEE_EXEMPTION_ACTIVE", columnNames = "ACTIVE_CLASS_ID"),
        indexes = @Index(name = "IN_FEE_EXEMPTION_CLASS", columnList = "CLASS_ID"))
public class FeeExemptionEntity {
    enum Status { REQUESTED, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "ACTIVE_CLASS_ID")
    private Long activeClassId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    @Column(name = "REQUESTED_BY", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant requestedAt;

    @Column(name = "DECIDED_BY_ID")
    private Long deciderId;

    @Column(name = "DECIDED_BY", length = 100)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant decidedAt;

    @Column(name = "OPINION", length = 500)
    private String opinion;

    /** Two reviewers deciding at once: the second gets a 409, not a silent overwrite. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected FeeExemptionEntity() {
    }

    FeeExemptionEntity(long classId, String reason, String requestedBy, Instant requestedAt) {
        this.classId = classId;
        this.activeClassId = classId;
        this.status = Status.REQUESTED;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    Status status() {
        return status;
    }

    void decide(boolean granted, long deciderId, String decidedBy, String opinion, Instant at) {
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.activeClassId = granted ? classId : null;
        this.deciderId = deciderId;
        this.decidedBy = decidedBy;
        this.opinion = opinion;
        this.decidedAt = at;
    }

    FeeExemptions.Exemption toView() {
        return new FeeExemptions.Exemption(id, classId, status.name(), reason, requestedBy, requestedAt, decidedBy, decidedAt, opinion);
    }
}
