package org.hourglass.api.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.PartyKind;

/**
 * A class as the API shows it. {@code packageId}/{@code packageVersion}: the course package version the class
 * selected (C-12); it keeps that version until it re-selects the package. {@code classType}, {@code headTeacher} and
 * {@code notice}: C-28. {@code classPassword}: the six digits learners join with where the policy asks for it (IN-4
 * shape); shown to the class's staff only, null for learners.
 */
public record ClassView(long id, String name, String policy, PartyKind ownerKind, long ownerId, LocalDate startDate,
        LocalDate endDate, String status, int capacity, Map<String, String> settings, Long packageId, Integer packageVersion,
        Instant createdAt, ClassType classType, String headTeacher, String notice, String classPassword) {
    /** A view without the class password (a learner's, or before C-28). */
    public ClassView(long id, String name, String policy, PartyKind ownerKind, long ownerId, LocalDate startDate,
            LocalDate endDate, String status, int capacity, Map<String, String> settings, Long packageId, Integer packageVersion,
            Instant createdAt, ClassType classType, String headTeacher, String notice) {
        this(id, name, policy, ownerKind, ownerId, startDate, endDate, status, capacity, settings, packageId, packageVersion,
                createdAt, classType, headTeacher, notice, null);
    }

    /** A view without the C-28 facts. */
    public ClassView(long id, String name, String policy, PartyKind ownerKind, long ownerId, LocalDate startDate,
            LocalDate endDate, String status, int capacity, Map<String, String> settings, Long packageId, Integer packageVersion,
            Instant createdAt) {
        this(id, name, policy, ownerKind, ownerId, startDate, endDate, status, capacity, settings, packageId, packageVersion,
                createdAt, ClassType.VOCATIONAL_SKILLS, null, null, null);
    }
}
