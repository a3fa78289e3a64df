package org.hourglass.policy.hr.internal;

import java.math.BigDecimal;
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
 * A candidate's one sitting of his period's exam (HR-4, HR-5): the questions drawn for him ({@code paperId:index}, in order),
 * his saved answers, and once submitted the score out of 100 and whether he passed. Reached by a secret token handed out
 * at entry; only its SHA-256 is stored.
 */
@Entity
@Table(name = "HR_SITTING", uniqueConstraints = {@UniqueConstraint(name = "HR_SITTING_REGISTRATION", columnNames = "REGISTRATION_ID"),
        @UniqueConstraint(name = "HR_SITTING_TOKEN", columnNames = "TOKEN_HASH")})
public class SittingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private long registrationId;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "QUESTIONS", nullable = false, length = 8000)
    private String questions;

    @Column(name = "ANSWERS", nullable = false, length = 8000)
    private String answers;

    @Column(name = "STARTED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant startedAt;

    @Column(name = "SUBMITTED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant submittedAt;

    @Column(name = "SCORE", precision = 5, scale = 1)
    private BigDecimal score;

    @Column(name = "PASSED")
    private Boolean passed;

    protected SittingEntity() {
    }

    SittingEntity(long registrationId, String tokenHash, String questions, Instant now) {
        this.registrationId = registrationId;
        this.tokenHash = tokenHash;
        this.questions = questions;
        this.answers = "";
        this.startedAt = now;
    }

    long id() {
        return id;
    }

    long registrationId() {
        return registrationId;
    }

    /** Entering again hands out a fresh token; the old one stops working. */
    void token(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    String questions() {
        return questions;
    }

    String answers() {
        return answers;
    }

    void answers(String answers) {
        this.answers = answers;
    }

    boolean submitted() {
        return submittedAt != null;
    }

    void submit(BigDecimal score, boolean passed, Instant now) {
        this.score = score;
        this.passed = passed;
        this.submittedAt = now;
    }

    BigDecimal score() {
        return score;
    }

    Boolean passed() {
        return passed;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
