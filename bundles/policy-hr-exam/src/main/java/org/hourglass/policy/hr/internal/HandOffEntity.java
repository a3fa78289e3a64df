package org.hourglass.policy.hr.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/**
 * HR-7: one passed candidate's record owed to the HR-market management system — one per registration (idempotent), due by
 * {@code deadline} (5 working days after the exam), tried at {@code nextAttemptAt} with back-off until delivered.
 */
@Entity
@Table(name = "HR_HANDOFF", uniqueConstraints = @UniqueConstraint(name = "HR_HANDOFF_REGISTRATION", columnNames = "REGISTRATION_ID"))
public class HandOffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private long registrationId;

    @Column(name = "PERIOD_ID", nullable = false)
    private long periodId;

    @Column(name = "DEADLINE", nullable = false)
    private LocalDate deadline;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant nextAttemptAt;

    @Column(name = "DELIVERED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant deliveredAt;

    @Column(name = "RECEIPT", length = 100)
    private String receipt;

    @Column(name = "LAST_ERROR", length = 500)
    private String lastError;

    protected HandOffEntity() {
    }

    HandOffEntity(long registrationId, long periodId, LocalDate deadline, Instant now) {
        this.registrationId = registrationId;
        this.periodId = periodId;
        this.deadline = deadline;
        this.nextAttemptAt = now;
    }

    long id() {
        return id;
    }

    long registrationId() {
        return registrationId;
    }

    int attempts() {
        return attempts;
    }

    boolean delivered() {
        return deliveredAt != null;
    }

    void delivered(String receipt, Instant now) {
        this.attempts++;
        this.receipt = receipt;
        this.deliveredAt = now;
        this.lastError = null;
    }

    void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        this.nextAttemptAt = retryAt;
    }

    HandOffs.HandOff toView(Registrations.Candidate candidate) {
        return new HandOffs.HandOff(registrationId, candidate.name(), candidate.idNumber(), deadline, delivered() ? "DELIVERED" : "PENDING",
                attempts, delivered() ? null : nextAttemptAt, deliveredAt, receipt, lastError);
    }
}
