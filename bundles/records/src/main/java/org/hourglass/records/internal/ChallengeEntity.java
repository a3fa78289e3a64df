package org.hourglass.records.internal;

import java.time.Instant;
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
 * A pop-up question put to a learner during study (C-38, JS-5): credit pauses until the right answer to
 * this nonce arrives — a bare "OK" cannot answer it. Kept with every try.
 */
@Entity
@javax.persistence.Cacheable(false) // issue 20, C-38: answered on whichever node the answer reached; read from the database
@Table(name = "REC_CHALLENGE", uniqueConstraints = @UniqueConstraint(name = "REC_CHALLENGE_NONCE", columnNames = "NONCE"),
        indexes = @Index(name = "REC_CHALLENGE_OPEN", columnList = "LEARNER_ID,CLASS_ID"))
public class ChallengeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NONCE", nullable = false, length = 32)
    private String nonce;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "STEM", nullable = false, length = 1000)
    private String stem;

    /** Options separated by U+001F. */
    @Column(name = "OPTIONS", nullable = false, length = 2000)
    private String options;

    /** The right option indices, "0,2". */
    @Column(name = "ANSWER", nullable = false, length = 100)
    private String answer;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    @Column(name = "TRIES", nullable = false)
    private int tries;

    protected ChallengeEntity() {
    }

    ChallengeEntity(String nonce, long learnerId, long classId, String stem, java.util.List<String> options, java.util.List<Integer> answer,
            Instant issuedAt) {
        this.nonce = nonce;
        this.learnerId = learnerId;
        this.classId = classId;
        this.stem = stem;
        this.options = String.join("\u001f", options);
        this.answer = String.join(",", answer.stream().map(String::valueOf).toList());
        this.issuedAt = issuedAt;
    }

    long learnerId() {
        return learnerId;
    }

    long classId() {
        return classId;
    }

    Long id() {
        return id;
    }

    boolean open() {
        return answeredAt == null;
    }

    /** A try: right closes the challenge, wrong is counted. */
    boolean answer(java.util.List<Integer> picked, Instant now) {
        tries++;
        boolean right = picked != null && String.join(",", picked.stream().sorted().map(String::valueOf).toList()).equals(answer);
        if (right && answeredAt == null) {
            answeredAt = now;
        }
        return right;
    }

    org.hourglass.api.records.Challenge toChallenge() {
        return new org.hourglass.api.records.Challenge(nonce, stem, java.util.List.of(options.split("\u001f", -1)));
    }
}
