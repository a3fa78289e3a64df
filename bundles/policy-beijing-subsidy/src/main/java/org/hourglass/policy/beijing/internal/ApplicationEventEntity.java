package org.hourglass.policy.beijing.internal;

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
import org.hourglass.api.authority.ClaimStatus;
import org.hourglass.persistence.UtcInstant;

/** The audit trail of an application (BJ-16): every status, who or what set it, why, when. */
@Entity
@Table(name = "BJ_APPLICATION_EVENT", indexes = @Index(name = "BJ_APPLICATION_EVENT_APP", columnList = "APPLICATION_ID"))
public class ApplicationEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Convert(converter = UtcInstant.class)
    @Column(name = "EVENT_AT", nullable = false)
    private Instant at;

    protected ApplicationEventEntity() {
    }

    ApplicationEventEntity(long applicationId, ClaimStatus status, String actor, String reason, Instant at) {
        this.applicationId = applicationId;
        this.status = status;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    record View(ClaimStatus status, String actor, String reason, Instant at) {
    }

    View toView() {
        return new View(status, actor, reason, at);
    }
}
