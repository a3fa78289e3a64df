package org.hourglass.api.policy;

import java.time.LocalDate;
import java.util.Map;

/**
 * A class as a policy sees it at a decision point: a snapshot, never a live entity.
 *
 * @param classId  {@link #DRAFT_ID} while the class is being created and not yet stored
 * @param endDate  null while "undetermined" (C-20)
 * @param status   the class's current lifecycle state, one of the policy's {@link LifecycleModel} states
 * @param settings the class's policy-specific settings (IN-2 supervision, JS-6 exam model, ...),
 *                 validated by {@link TrainingPolicy#validateSettings}
 * @param classType the class's type (C-28, seed 003): {@code VOCATIONAL_SKILLS}, {@code NEW_APPRENTICESHIP},
 *                 {@code LIVE_ONLINE} or {@code ON_SITE} — the names of {@code org.hourglass.api.classes.ClassType}
 */
public record ClassContext(long classId, String policyCode, String name, Party owner, LocalDate startDate,
        LocalDate endDate, String status, int rosterSize, int capacity, Map<String, String> settings, String classType) {
    /** The type the seeds' examples use. */
    public static final String DEFAULT_CLASS_TYPE = "VOCATIONAL_SKILLS";

    /** A class of the default type. */
    public ClassContext(long classId, String policyCode, String name, Party owner, LocalDate startDate, LocalDate endDate,
            String status, int rosterSize, int capacity, Map<String, String> settings) {
        this(classId, policyCode, name, owner, startDate, endDate, status, rosterSize, capacity, settings, DEFAULT_CLASS_TYPE);
    }

    /** The id of a class under creation (validated before it is stored). */
    public static final long DRAFT_ID = 0L;

    public ClassContext {
        settings = Map.copyOf(settings);
        classType = classType == null ? DEFAULT_CLASS_TYPE : classType;
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
