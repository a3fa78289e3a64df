package org.hourglass.api.policy;

import java.util.Map;
import java.util.Set;
import org.hourglass.api.quantity.Hours;

/**
 * A policy's judgement of one learner in one class.
 *
 * @param effectiveCourseIds    courses whose hours count (C-37)
 * @param effectiveHoursByType  effective hours summed per course type at one decimal (BJ-5)
 * @param classCompleted        the class's completion rule holds (JS-7, IN-6/IN-7)
 * @param certificateEligible   a certificate may be issued (C-40)
 */
public record Completion(Set<Long> effectiveCourseIds, Map<CourseType, Hours> effectiveHoursByType,
        boolean classCompleted, boolean certificateEligible) {
    public Completion {
        effectiveCourseIds = Set.copyOf(effectiveCourseIds);
        effectiveHoursByType = Map.copyOf(effectiveHoursByType);
    }

    public Hours totalEffectiveHours() {
        return effectiveHoursByType.values().stream().reduce(Hours.ZERO, Hours::plus);
    }
}
