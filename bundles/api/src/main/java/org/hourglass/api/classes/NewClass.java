package org.hourglass.api.classes;

import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.PartyKind;

/**
 * Body of {@code POST /api/v1/classes} (C-20).
 *
 * @param ownerKind ORGANIZATION or INSTITUTION; an org admin or institution staff may omit owner fields (their own is used)
 * @param endDate   null = undetermined
 */
public record NewClass(String name, String policy, PartyKind ownerKind, Long ownerId, LocalDate startDate,
        LocalDate endDate, Integer capacity, Map<String, String> settings, Long packageId) {
}
