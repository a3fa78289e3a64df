package org.hourglass.api.messaging;

import java.time.Instant;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The pluggable channel that delivers verification codes (C-7): an SMS gateway in production, the
 * simulated sender of the {@code hourglass-external} bundle in the demo and in tests. Accounts owns
 * the codes (generation, hashing, expiry, attempts); a sender only delivers. With no sender deployed,
 * code requests answer 503.
 */
@ConsumerType
public interface CodeSender {
    /**
     * Delivers {@code code} to {@code phone}. Throws {@link IllegalStateException} when the channel
     * cannot deliver now; the code is then not issued.
     */
    void send(String phone, CodePurpose purpose, String code, Instant expiresAt);
}
