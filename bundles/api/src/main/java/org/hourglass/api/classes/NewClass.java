package org.hourglass.api.classes;

import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.PartyKind;

/**
 * Body of {@code POST /api/v1/classes} (C-20, C-28).
 *
 * @param ownerKind   ORGANIZATION or INSTITUTION; an org admin or institution staff may omit owner fields (their own is used)
 * @param endDate     null = undetermined
 * @param classType   null = {@link ClassType#VOCATIONAL_SKILLS}
 * @param headTeacher the head teacher's name (班主任, as filed with the training authority); optional
 * @param notice      the class notice (班级公告), at most 140 characters; optional
 */
public record NewClass(String name, String policy, PartyKind ownerKind, Long ownerId, LocalDate startDate,
        LocalDate endDate, Integer capacity, Map<String, String> settings, Long packageId, ClassType classType,
        String headTeacher, String notice) {
    /** A class without type, head teacher or notice (before C-28). */
    public NewClass(String name, String policy, PartyKind ownerKind, Long ownerId, LocalDate startDate, LocalDate endDate,
            Integer capacity, Map<String, String> settings, Long packageId) {
        this(name, policy, ownerKind, ownerId, startDate, endDate, capacity, settings, packageId, null, null, null);
    }
}
