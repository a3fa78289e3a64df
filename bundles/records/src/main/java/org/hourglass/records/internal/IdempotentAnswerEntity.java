package org.hourglass.records.internal;

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

/**
 * A heartbeat's {@code Idempotency-Key} and the beat it created: a replay is answered from that beat's
 * stored judgement, unchanged, and changes nothing (API.md).
 */
@Entity
@Table(name = "REC_IDEMPOTENCY", uniqueConstraints = @UniqueConstraint(name = "REC_IDEMPOTENCY_UQ",
        columnNames = {"LEARNER_ID", "IDEM_KEY"}))
public class IdempotentAnswerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "IDEM_KEY", nullable = false, length = 100)
    private String key;

    @Column(name = "BEAT_ID", nullable = false)
    private long beatId;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected IdempotentAnswerEntity() {
    }

    IdempotentAnswerEntity(long learnerId, String key, long beatId, Instant createdAt) {
        this.learnerId = learnerId;
        this.key = key;
        this.beatId = beatId;
        this.createdAt = createdAt;
    }

    long beatId() {
        return beatId;
    }
}
