package org.hourglass.accounts.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/**
 * A login session. Only the SHA-256 of the bearer token is stored, so a copy of the table grants nobody
 * access. {@code endedAt} is set by logout or by a newer login of the same account (C-4).
 */
@Entity
// issue 20: a logout or a newer login (C-4) on one node ends the session on every node: each request reads it from the database
@javax.persistence.Cacheable(false)
// by account: every login ends the account's other sessions (C-4), which scanned the whole table without it
@Table(name = "ACC_SESSION", indexes = @Index(name = "ACC_SESSION_ACCOUNT", columnList = "ACCOUNT_ID,ENDED_AT"))
public class SessionEntity {
    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant expiresAt;

    @Column(name = "ENDED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant endedAt;

    @Column(name = "END_REASON", length = 40)
    private String endReason;

    protected SessionEntity() {
    }

    SessionEntity(String tokenHash, long accountId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean liveAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    void end(Instant at, String reason) {
        if (endedAt == null) {
            this.endedAt = at;
            this.endReason = reason;
        }
    }
}
