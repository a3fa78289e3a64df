package org.hourglass.api.catalog;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Courses for other bundles (tasks, records, policies); the catalog bundle owns them. */
@ProviderType
public interface CourseDirectory {
    Optional<CourseView> find(long courseId);
}
