package org.hourglass.api.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.PartyKind;

/** A class as the API shows it. */
public record ClassView(long id, String name, String policy, PartyKind ownerKind, long ownerId, LocalDate startDate,
        LocalDate endDate, String status, int capacity, Map<String, String> settings, Instant createdAt) {
}
