package org.hourglass.api.commerce;

import java.time.Instant;

/** An institution's prepaid live-stream minutes (IN-8); negative while usage exceeds what was bought. */
public record BalanceView(long institutionId, long minutes, Instant updatedAt) {
}
