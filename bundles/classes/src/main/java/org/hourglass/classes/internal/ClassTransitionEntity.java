package org.hourglass.classes.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hourglass.api.classes.TransitionView;
import org.hourglass.persistence.UtcInstant;

/** Append-only audit of lifecycle moves: who moved which class from where to where, when and why. */
@Entity
@Table(name = "CLS_TRANSITION")
public class ClassTransitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "FROM_STATUS", length = 40)
    private String fromStatus;

    @Column(name = "TO_STATUS", nullable = false, length = 40)
    private String toStatus;

    @Column(name = "ACTOR_ID", nullable = false)
    private long actorId;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant at;

    protected ClassTransitionEntity() {
    }

    ClassTransitionEntity(long classId, String fromStatus, String toStatus, long actorId, String actor, String reason, Instant at) {
        this.classId = classId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    TransitionView toView() {
        return new TransitionView(id, classId, fromStatus, toStatus, actorId, actor, reason, at);
    }
}
