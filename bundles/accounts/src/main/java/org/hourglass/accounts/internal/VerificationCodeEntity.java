package org.hourglass.accounts.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
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
import org.hourglass.api.messaging.CodePurpose;
import org.hourglass.persistence.UtcInstant;

/**
 * One verification code sent to a phone (C-7, C-2, JS-1). Only a salted SHA-256 of the code is kept;
 * a code is good for one use, until it expires, and for at most {@link #MAX_ATTEMPTS} wrong guesses.
 */
@Entity
@Table(name = "ACC_VERIFICATION_CODE", indexes = @Index(name = "ACC_VC_PHONE", columnList = "PHONE,PURPOSE"))
public class VerificationCodeEntity {
    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PHONE", nullable = false, length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 20)
    private CodePurpose purpose;

    /** The account the code may act on (password reset, phone binding); null for registration. */
    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "SALT", nullable = false, length = 32)
    private String salt;

    @Column(name = "CODE_HASH", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "ISSUED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant issuedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant expiresAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "USED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant usedAt;

    protected VerificationCodeEntity() {
    }

    VerificationCodeEntity(String phone, CodePurpose purpose, Long accountId, String salt, String code, Instant issuedAt,
            Instant expiresAt) {
        this.phone = phone;
        this.purpose = purpose;
        this.accountId = accountId;
        this.salt = salt;
        this.codeHash = PasswordHasher.sha256Hex(salt + ":" + code);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    Long accountId() {
        return accountId;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    /** Compares in constant time; a wrong guess counts, a right one uses the code up. */
    boolean tryCode(String code, Instant now) {
        boolean right = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                PasswordHasher.sha256Hex(salt + ":" + code).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            usedAt = now;
        } else {
            attempts++;
        }
        return right;
    }
}
