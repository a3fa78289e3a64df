package org.hourglass.api.catalog;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Courses for other bundles (tasks, records, policies); the catalog bundle owns them. */
@ProviderType
public interface CourseDirectory {
    Optional<CourseView> find(long courseId);

    /** A paper with its answer key: callers must not show the key to learners. */
    Optional<PaperView> paper(long paperId);

    /** The course's practice pools and mock exams, oldest first, with their keys (C-14): callers must not show the keys early. */
    java.util.List<PaperView> pools(long courseId);

    /** Scores answers (one list of option indices per question) out of 100 (C-13, C-36). */
    ScoreView score(long paperId, ScoreRequest answers);

    /** The newest version of a course package (C-12). */
    Optional<PackageView> latestPackage(long packageId);

    /** The newest version of the package with exactly this name (the oldest such package when several share it). */
    Optional<PackageView> packageNamed(String name);

    /** One version of a course package; versions never change once written (C-12). */
    Optional<PackageView> packageVersion(long packageId, int version);
}
