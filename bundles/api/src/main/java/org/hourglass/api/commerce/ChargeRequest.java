package org.hourglass.api.commerce;

import java.time.Instant;
import org.hourglass.api.policy.Party;

/** A line of a contributed kind as a client ordered it, with who buys and when: what its {@link ChargeKind} prices. */
public record ChargeRequest(Party buyer, Long refId, Integer quantity, String service, Instant now) {
}
