package org.hourglass.records.internal;

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

/** A daily sign-in (C-38, seed 003): once a day, or twice split at 12:00 local time. */
@Entity
@Table(name = "REC_SIGN_IN", uniqueConstraints = @UniqueConstraint(name = "REC_SIGN_IN_SLOT",
        columnNames = {"LEARNER_ID", "CLASS_ID", "LOCAL_DAY", "SLOT"}))
public class SignInEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LOCAL_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "SLOT", nullable = false, length = 10)
    private String slot;

    @Convert(converter = UtcInstant.class)
    @Column(name = "SIGNED_AT", nullable = false)
    private Instant signedAt;

    protected SignInEntity() {
    }

    SignInEntity(long learnerId, long classId, LocalDate day, String slot, Instant signedAt) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.day = day;
        this.slot = slot;
        this.signedAt = signedAt;
    }
}
