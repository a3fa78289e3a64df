package org.hourglass.api.records;

import org.osgi.annotation.versioning.ProviderType;

/** The records bundle's facts for other bundles (C-25 removals, settlements, policies). */
@ProviderType
public interface LearningRecords {
    /** Credited study of a learner in a class, in milliseconds (C-25: removal only under 10 minutes). */
    long studiedMillis(long classId, long learnerId);

    /** Credited study of all learners of a class on one course, in milliseconds (C-25 for tasks). */
    long studiedMillisOnCourse(long classId, long courseId);
}
