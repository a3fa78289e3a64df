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
 */
public record ClassContext(long classId, String policyCode, String name, Party owner, LocalDate startDate,
        LocalDate endDate, String status, int rosterSize, int capacity, Map<String, String> settings) {
    /** The id of a class under creation (validated before it is stored). */
    public static final long DRAFT_ID = 0L;

    public ClassContext {
        settings = Map.copyOf(settings);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
