package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/** JS-2 "预报名清单": a class a learner put on his pre-enrolment list, to check out together with others. */
@Entity
@Table(name = "JS_PRE_ENROLMENT", uniqueConstraints = @UniqueConstraint(name = "JS_PRE_ENROLMENT_ONCE", columnNames = {"LEARNER_ID",
        "CLASS_ID"}))
public class PreEnrolmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "ADDED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant addedAt;

    protected PreEnrolmentEntity() {
    }

    PreEnrolmentEntity(long learnerId, long classId, Instant addedAt) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.addedAt = addedAt;
    }

    long classId() {
        return classId;
    }

    Instant addedAt() {
        return addedAt;
    }
}
