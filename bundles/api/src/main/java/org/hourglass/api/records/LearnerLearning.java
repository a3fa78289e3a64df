package org.hourglass.api.records;

import java.util.List;
import org.hourglass.api.catalog.ChapterKind;
import org.hourglass.api.quantity.Hours;

/**
 * C-27 one learner's learning detail (seed 003 "学习情况"): per course of the class's package its watched share, credited
 * hours, best exam score and attempts; per chapter (video played or document read) how far he got.
 */
public record LearnerLearning(long classId, long learnerId, String name, int progressPercent, Hours creditedHours,
        List<Course> courses) {
    public LearnerLearning {
        courses = List.copyOf(courses);
    }

    public record Course(long courseId, String title, int watchedPercent, Hours creditedHours, Integer bestScore, int examAttempts,
            int practiceAttempts, List<Chapter> chapters) {
        public Course {
            chapters = List.copyOf(chapters);
        }
    }

    public record Chapter(long chapterId, String title, ChapterKind kind, int durationSeconds, int watchedSeconds, int watchedPercent) {
    }
}
