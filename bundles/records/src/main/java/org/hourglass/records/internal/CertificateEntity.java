package org.hourglass.records.internal;

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
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.CertificateView;
import org.hourglass.persistence.UtcInstant;

/**
 * An issued certificate (C-40): what it says, frozen at issue, and the PDF rendered then — kept
 * byte-for-byte, so a download years later is the document that was issued. One per learner and class.
 */
@Entity
@Table(name = "REC_CERTIFICATE", uniqueConstraints = {
        @UniqueConstraint(name = "REC_CERTIFICATE_CODE", columnNames = "CODE"),
        @UniqueConstraint(name = "REC_CERTIFICATE_ONE", columnNames = {"LEARNER_ID", "CLASS_ID"})})
public class CertificateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_NAME", nullable = false, length = 100)
    private String learnerName;

    @Column(name = "MASKED_ID", nullable = false, length = 40)
    private String maskedId;

    @Column(name = "CLASS_NAME", nullable = false, length = 100)
    private String className;

    @Column(name = "POLICY_CODE", nullable = false, length = 40)
    private String policy;

    @Column(name = "EFFECTIVE_TENTHS", nullable = false)
    private long effectiveTenths;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PDF", nullable = false, length = 10_000_000)
    private byte[] pdf;

    @Column(name = "PDF_SHA256", nullable = false, length = 64)
    private String pdfSha256;

    /** C-41: when the certificate was revoked (its holder disqualified for cheating, C-38); null while it stands. */
    @Column(name = "REVOKED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant revokedAt;

    @Column(name = "REVOCATION_REASON", length = 200)
    private String revocationReason;

    protected CertificateEntity() {
    }

    CertificateEntity(String code, long learnerId, CertificateView v, byte[] pdf) {
        this.code = code;
        this.learnerId = learnerId;
        this.classId = v.classId();
        this.learnerName = v.learnerName();
        this.maskedId = v.idNumber();
        this.className = v.className();
        this.policy = v.policy();
        this.effectiveTenths = v.effectiveHours().tenths();
        this.issuedAt = v.issuedAt();
        this.pdf = pdf;
        this.pdfSha256 = v.pdfSha256();
    }

    byte[] pdf() {
        return pdf;
    }

    String code() {
        return code;
    }

    CertificateView toView() {
        return new CertificateView(code, learnerName, maskedId, classId, className, policy, Hours.ofTenths(effectiveTenths), issuedAt,
                pdfSha256, revokedAt == null ? CertificateView.VALID : CertificateView.REVOKED, revokedAt, revocationReason);
    }
}
