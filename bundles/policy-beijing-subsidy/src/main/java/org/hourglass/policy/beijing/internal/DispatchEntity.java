package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/**
 * A dispatched worker (劳务派遣, BJ-1, BJ-15, Q44): the dispatch company and the signed agreement (PDF, kept by
 * hash) that an application of the using organisation must carry.
 */
@Entity
@Table(name = "BJ_DISPATCH", uniqueConstraints = @UniqueConstraint(name = "BJ_DISPATCH_ONE", columnNames = {"ORGANIZATION_ID", "LEARNER_ID"}))
public class DispatchEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "DISPATCH_COMPANY", nullable = false, length = 200)
    private String dispatchCompany;

    @Column(name = "AGREEMENT_SHA256", length = 64)
    private String agreementSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "AGREEMENT", length = 10_000_000)
    private byte[] agreement;

    @Convert(converter = UtcInstant.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected DispatchEntity() {
    }

    DispatchEntity(long organizationId, long learnerId, String dispatchCompany, Instant at) {
        this.organizationId = organizationId;
        this.learnerId = learnerId;
        this.dispatchCompany = dispatchCompany;
        this.recordedAt = at;
    }

    long learnerId() {
        return learnerId;
    }

    String dispatchCompany() {
        return dispatchCompany;
    }

    String agreementSha256() {
        return agreementSha256;
    }

    void company(String company) {
        this.dispatchCompany = company;
    }

    void agreement(byte[] pdf, String sha256) {
        this.agreement = pdf;
        this.agreementSha256 = sha256;
    }
}
