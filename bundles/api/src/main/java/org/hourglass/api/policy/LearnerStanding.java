package org.hourglass.api.policy;

import java.util.List;
import org.hourglass.api.quantity.Hours;

/**
 * Everything the records hold that a policy needs to judge one learner in one class.
 *
 * @param classExamBestScore  null when the class has no class exam or none was taken
 * @param offlineHours        approved offline hours (BJ-13), zero elsewhere
 * @param disqualified        cleared for cheating (C-38, BJ-17)
 */
public record LearnerStanding(long learnerId, List<CourseStanding> courses, int classProgressPercent,
        Integer classExamBestScore, Hours offlineHours, boolean disqualified) {
    public LearnerStanding {
        courses = List.copyOf(courses);
    }
}
