package org.hourglass.policy.beijing.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A learner an application claims a subsidy for; finds the same learner claimed by two organisations (beyond the seed). */
@Entity
@Table(name = "BJ_CLAIMED", indexes = @Index(name = "BJ_CLAIMED_LEARNER", columnList = "LEARNER_ID"))
public class ClaimedLearnerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "APPLIED_ON", nullable = false)
    private LocalDate appliedOn;

    protected ClaimedLearnerEntity() {
    }

    ClaimedLearnerEntity(long applicationId, long organizationId, long learnerId, LocalDate appliedOn) {
        this.applicationId = applicationId;
        this.organizationId = organizationId;
        this.learnerId = learnerId;
        this.appliedOn = appliedOn;
    }
}
