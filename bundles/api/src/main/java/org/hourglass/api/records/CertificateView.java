package org.hourglass.api.records;

import java.time.Instant;
import org.hourglass.api.quantity.Hours;

/**
 * A training certificate (C-40) as anyone may verify it by its code, without login: who (name, masked
 * ID number), which class, how many effective hours (C-37), when; {@code pdfSha256} fingerprints the PDF
 * rendered once at issue, which never changes afterwards.
 */
public record CertificateView(String code, String learnerName, String idNumber, long classId, String className, String policy,
        Hours effectiveHours, Instant issuedAt, String pdfSha256, String status, Instant revokedAt, String revocationReason) {
    /** C-41: the certificate stands. */
    public static final String VALID = "VALID";
    /** C-41: revoked since {@code revokedAt} — its holder was disqualified for cheating (C-38, BJ Q10). */
    public static final String REVOKED = "REVOKED";

    /** A certificate that stands. */
    public CertificateView(String code, String learnerName, String idNumber, long classId, String className, String policy,
            Hours effectiveHours, Instant issuedAt, String pdfSha256) {
        this(code, learnerName, idNumber, classId, className, policy, effectiveHours, issuedAt, pdfSha256, VALID, null, null);
    }
}
