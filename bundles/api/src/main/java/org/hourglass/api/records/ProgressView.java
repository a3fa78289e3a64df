package org.hourglass.api.records;

import java.util.List;
import org.hourglass.api.quantity.Hours;

/**
 * {@code GET /api/v1/learning/progress?classId=&learnerId=}: facts (watched, credited, scores) and the
 * class policy's judgement (effective hours, completion, certificate eligibility; null while the policy
 * is not deployed).
 */
public record ProgressView(long classId, long learnerId, int classPercent, Hours creditedHours, List<CourseProgress> courses,
        Hours effectiveHours, Boolean completed, Boolean certificateEligible, boolean disqualified) {
    public ProgressView {
        courses = List.copyOf(courses);
    }
}
