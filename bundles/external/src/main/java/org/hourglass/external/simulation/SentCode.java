package org.hourglass.external.simulation;

import java.time.Instant;
import org.hourglass.api.messaging.CodePurpose;

/** One code as a simulated channel delivered it. */
public record SentCode(String phone, CodePurpose purpose, String code, Instant sentAt, Instant expiresAt) {
}
