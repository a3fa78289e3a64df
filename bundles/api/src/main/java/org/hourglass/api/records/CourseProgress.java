package org.hourglass.api.records;

import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Hours;

/**
 * One course of a class for one learner: watched share (C-32), credited time, best exam score (C-35),
 * and whether its hours are effective (C-37, decided by the policy; null without it).
 */
public record CourseProgress(long courseId, String title, CourseType type, Hours hours, int watchedPercent,
        Hours creditedHours, Integer bestScore, Boolean effective) {
}
