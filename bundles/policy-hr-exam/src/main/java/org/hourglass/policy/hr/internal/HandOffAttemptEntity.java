package org.hourglass.policy.hr.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** HR-7's audit: every delivery attempt of a hand-off, how it ended and why. Written in the attempt's transaction, never changed. */
@Entity
@Table(name = "HR_HANDOFF_ATTEMPT")
public class HandOffAttemptEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "HANDOFF_ID", nullable = false)
    private long handOffId;

    @Column(name = "ATTEMPTED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant attemptedAt;

    @Column(name = "SUCCEEDED", nullable = false)
    private boolean succeeded;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    protected HandOffAttemptEntity() {
    }

    HandOffAttemptEntity(long handOffId, Instant attemptedAt, boolean succeeded, String detail) {
        this.handOffId = handOffId;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    HandOffs.Attempt toView() {
        return new HandOffs.Attempt(attemptedAt, succeeded, detail);
    }
}
