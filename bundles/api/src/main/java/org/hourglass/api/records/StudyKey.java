package org.hourglass.api.records;

/** One learner's study of one course in one class: the key of {@link LearningRecords#studiedOnCourses}. */
public record StudyKey(long classId, long learnerId, long courseId) {
}
