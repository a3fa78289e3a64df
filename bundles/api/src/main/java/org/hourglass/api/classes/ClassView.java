package org.hourglass.api.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.PartyKind;

/**
 * A class as the API shows it. {@code packageId}/{@code packageVersion}: the course package version the class
 * selected (C-12); it keeps that version until it re-selects the package.
 */
public record ClassView(long id, String name, String policy, PartyKind ownerKind, long ownerId, LocalDate startDate,
        LocalDate endDate, String status, int capacity, Map<String, String> settings, Long packageId, Integer packageVersion,
        Instant createdAt) {
}
