package org.hourglass.api.commerce;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Course copies of organisations (BJ-10), for the policies that sell per copy: publishing a task to N learners
 * assigns N copies; removing it while under 10 minutes studied releases them. Idempotent per
 * (class, learner, course): assigning twice holds one copy.
 */
@ProviderType
public interface CourseStock {
    /**
     * Assigns one copy of the course to each learner, all or none.
     *
     * @throws org.hourglass.api.problem.Problem 409 {@code BJ-10} when the stock has fewer free copies than learners
     */
    void assign(long organizationId, long courseId, long classId, Collection<Long> learnerIds);

    /** Returns the learners' copies of the course in the class to the stock; learners holding none are skipped. */
    void release(long organizationId, long courseId, long classId, Collection<Long> learnerIds);

    /** Returns every copy the learner holds in the class (the learner left the class under 10 minutes studied, C-25). */
    void releaseLearner(long classId, long learnerId);

    List<StockView> stock(long organizationId);

    /** Whether the learner holds a copy of the course for the class. */
    boolean holds(long classId, long learnerId, long courseId);
}
