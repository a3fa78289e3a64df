package org.hourglass.policy.beijing.internal;

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
 * BJ-1 (seed 000 Q2 "参培职工须仍在本单位就业", Q60 "自动比对参保信息"): what the organisation declares of a learner — insured in
 * Beijing through it, and still employed by it — the latest declaration kept, with who made it and when. The authority's
 * insurance check confirms the insurance part against its records when the claim is submitted.
 */
@Entity
@Table(name = "BJ_EMPLOYMENT", uniqueConstraints = @UniqueConstraint(name = "BJ_EMPLOYMENT_ONE", columnNames = {"ORGANIZATION_ID", "LEARNER_ID"}))
public class EmploymentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "INSURED_IN_BEIJING", nullable = false)
    private boolean insuredInBeijing;

    @Column(name = "EMPLOYED", nullable = false)
    private boolean employed;

    @Column(name = "DECLARED_BY", nullable = false)
    private long declaredBy;

    @Column(name = "DECLARED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant declaredAt;

    protected EmploymentEntity() {
    }

    EmploymentEntity(long organizationId, long learnerId) {
        this.organizationId = organizationId;
        this.learnerId = learnerId;
    }

    void declare(boolean insuredInBeijing, boolean employed, long by, Instant at) {
        this.insuredInBeijing = insuredInBeijing;
        this.employed = employed;
        this.declaredBy = by;
        this.declaredAt = at;
    }

    long learnerId() {
        return learnerId;
    }

    boolean eligible() {
        return insuredInBeijing && employed;
    }

    Employment.Declared toView() {
        return new Employment.Declared(organizationId, learnerId, insuredInBeijing, employed, declaredAt);
    }
}
