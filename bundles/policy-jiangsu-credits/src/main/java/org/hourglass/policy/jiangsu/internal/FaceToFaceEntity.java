package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/**
 * JS-9 "面授班": a learner's registration for a training year's face-to-face class. {@code ACTIVE_KEY} ("learner/year") is
 * set while the registration stands and emptied when it is cancelled, so a learner holds one per year even when two are
 * sent at once (unique; many NULLs are allowed).
 */
@Entity
@Table(name = "JS_FACE_TO_FACE", uniqueConstraints = @UniqueConstraint(name = "JS_FACE_TO_FACE_ACTIVE", columnNames = "ACTIVE_KEY"),
        indexes = @Index(name = "JS_FACE_TO_FACE_LEARNER", columnList = "LEARNER_ID"))
public class FaceToFaceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "TRAINING_YEAR", nullable = false)
    private int trainingYear;

    @Column(name = "ACTIVE_KEY", length = 40)
    private String activeKey;

    @Column(name = "REGISTERED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant registeredAt;

    @Column(name = "REGISTERED_DAY", nullable = false)
    private LocalDate registeredDay;

    @Column(name = "CANCELLED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant cancelledAt;

    @javax.persistence.Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected FaceToFaceEntity() {
    }

    FaceToFaceEntity(long learnerId, int trainingYear, Instant registeredAt, LocalDate registeredDay) {
        this.learnerId = learnerId;
        this.trainingYear = trainingYear;
        this.activeKey = learnerId + "/" + trainingYear;
        this.registeredAt = registeredAt;
        this.registeredDay = registeredDay;
    }

    long learnerId() {
        return learnerId;
    }

    LocalDate registeredDay() {
        return registeredDay;
    }

    boolean cancelled() {
        return cancelledAt != null;
    }

    void cancel(Instant at) {
        this.cancelledAt = at;
        this.activeKey = null;
    }

    FaceToFace.Registration toView(int cancelDays) {
        return new FaceToFace.Registration(id, trainingYear, registeredAt, cancelledAt, cancelledAt == null ? registeredDay.plusDays(cancelDays)
                : null);
    }
}
