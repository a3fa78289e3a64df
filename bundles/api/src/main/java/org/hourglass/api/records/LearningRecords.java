package org.hourglass.api.records;

import org.osgi.annotation.versioning.ProviderType;

/** The records bundle's facts for other bundles (C-25 removals, settlements, policies). */
@ProviderType
public interface LearningRecords {
    /** Credited study of a learner in a class, in milliseconds (C-25: removal only under 10 minutes). */
    long studiedMillis(long classId, long learnerId);

    /** The longest study of any one learner of the class on one course, in milliseconds (C-25 for tasks). */
    long longestStudyOnCourse(long classId, long courseId);

    /** Study of one learner of a class on one course, in milliseconds (BJ-10/BJ-11: a copy studied under 10 minutes goes back). */
    long studiedOnCourseMillis(long classId, long learnerId, long courseId);

    /**
     * {@link #studiedOnCourseMillis} for many at once (BJ-11: every copy a refund concerns), in milliseconds by key; a
     * key without study maps to 0. A fixed number of reads however many keys.
     */
    java.util.Map<StudyKey, Long> studiedOnCourses(java.util.Collection<StudyKey> keys);
}
