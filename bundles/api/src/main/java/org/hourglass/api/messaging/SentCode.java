package org.hourglass.api.messaging;

import java.time.Instant;

/** One code as a simulated channel delivered it. */
public record SentCode(String phone, CodePurpose purpose, String code, Instant sentAt, Instant expiresAt) {
}
