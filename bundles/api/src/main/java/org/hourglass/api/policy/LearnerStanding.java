package org.hourglass.api.policy;

import java.util.List;
import org.hourglass.api.quantity.Hours;

/**
 * Everything the records hold that a policy needs to judge one learner in one class.
 *
 * @param classExamBestScore  null when the class has no class exam or none was taken
 * @param offlineHours        approved offline hours (BJ-13), zero elsewhere
 * @param disqualified        cleared for cheating (C-38, BJ-17)
 * @param classExamRequired   the class's package requires its exam (C-12 "exam required yes/no and its paper")
 * @param joined              he joined the class: with its class password where the policy asks for that (IN-4, IN-6
 *                            "learners who joined"), else by being on the roster
 */
public record LearnerStanding(long learnerId, List<CourseStanding> courses, int classProgressPercent,
        Integer classExamBestScore, Hours offlineHours, boolean disqualified, boolean classExamRequired, boolean joined) {
    /** A standing of a learner on the roster of a class without a join step. */
    public LearnerStanding(long learnerId, List<CourseStanding> courses, int classProgressPercent, Integer classExamBestScore,
            Hours offlineHours, boolean disqualified, boolean classExamRequired) {
        this(learnerId, courses, classProgressPercent, classExamBestScore, offlineHours, disqualified, classExamRequired, true);
    }

    /** A standing in a class whose package requires no class exam. */
    public LearnerStanding(long learnerId, List<CourseStanding> courses, int classProgressPercent, Integer classExamBestScore,
            Hours offlineHours, boolean disqualified) {
        this(learnerId, courses, classProgressPercent, classExamBestScore, offlineHours, disqualified, false, true);
    }

    public LearnerStanding {
        courses = List.copyOf(courses);
    }
}
