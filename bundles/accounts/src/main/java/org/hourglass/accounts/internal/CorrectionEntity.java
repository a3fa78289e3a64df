package org.hourglass.accounts.internal;

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
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.persistence.UtcInstant;

/**
 * JS-1 (seed 001 "若信息有误请联系工考办进行修改"): a learner's request that his personal data be corrected, kept with the data
 * before and after and the office's decision — the audit of every correction. {@code PENDING_LEARNER} holds the learner
 * while the request is open, so he has one open request at a time even when two are sent at once.
 */
@Entity
@Table(name = "ACC_CORRECTION", uniqueConstraints = @UniqueConstraint(name = "ACC_CORRECTION_OPEN", columnNames = "PENDING_LEARNER"),
        indexes = @Index(name = "ACC_CORRECTION_LEARNER", columnList = "LEARNER_ID"))
public class CorrectionEntity {
    enum Status { PENDING, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "PENDING_LEARNER")
    private Long pendingLearner;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ID_NUMBER", nullable = false, length = 40)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", length = 10)
    private Gender gender;

    @Column(name = "OLD_NAME", nullable = false, length = 100)
    private String oldName;

    @Column(name = "OLD_ID_NUMBER", nullable = false, length = 40)
    private String oldIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "OLD_GENDER", length = 10)
    private Gender oldGender;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "REQUESTED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant requestedAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant decidedAt;

    @Column(name = "OPINION", length = 500)
    private String opinion;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CorrectionEntity() {
    }

    CorrectionEntity(AccountEntity learner, String name, String idNumber, Gender gender, String reason, Instant now) {
        this.learnerId = learner.id();
        this.pendingLearner = learner.id();
        this.name = name;
        this.idNumber = idNumber;
        this.gender = gender;
        this.oldName = learner.displayName();
        this.oldIdNumber = learner.idNumber();
        this.oldGender = learner.gender();
        this.reason = reason;
        this.status = Status.PENDING;
        this.requestedAt = now;
    }

    long learnerId() {
        return learnerId;
    }

    Status status() {
        return status;
    }

    String name() {
        return name;
    }

    String idNumber() {
        return idNumber;
    }

    Gender gender() {
        return gender;
    }

    void decide(boolean approved, String by, String opinion, Instant at) {
        this.status = approved ? Status.APPROVED : Status.REFUSED;
        this.pendingLearner = null;
        this.decidedBy = by;
        this.opinion = opinion;
        this.decidedAt = at;
    }

    /** ID numbers masked unless {@code full} (the office sees them whole). */
    Corrections.Correction toView(boolean full) {
        return new Corrections.Correction(id, learnerId, status.name(), name, full ? idNumber : ResidentIdNumber.mask(idNumber), gender,
                oldName, full ? oldIdNumber : ResidentIdNumber.mask(oldIdNumber), oldGender, reason, requestedAt, decidedBy, decidedAt,
                opinion);
    }
}
