package org.hourglass.api.commerce;

import java.time.Instant;

/** Body of {@code POST /api/v1/balances/usage}: live-stream minutes an institution used, reported by the live system. */
public record UsageReport(Long institutionId, Long minutes, Instant at, String reference) {
}
