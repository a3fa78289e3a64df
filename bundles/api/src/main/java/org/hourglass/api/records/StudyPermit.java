package org.hourglass.api.records;

import org.hourglass.api.policy.Decision;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service of a bundle above records that must allow a learner's study of a course in a class, e.g.
 * commerce under a per-copy policy: BJ-10, no copy, no study. Records asks every registered permit before it opens
 * a chapter or an exam to the learner; the first refusal answers 409 naming its rule. A permit gets its facts in
 * the request, must not call records back, and reads only its own bundle's data.
 */
@ConsumerType
public interface StudyPermit {
    Decision mayStudy(StudyRequest request);
}
