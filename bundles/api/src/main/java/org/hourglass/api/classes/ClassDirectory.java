package org.hourglass.api.classes;

import java.util.Optional;
import org.hourglass.api.policy.ClassContext;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to classes for other bundles (records, commerce, policies). */
@ProviderType
public interface ClassDirectory {
    Optional<ClassView> find(long classId);

    /** The snapshot a policy decides on; empty for an unknown class. */
    Optional<ClassContext> context(long classId);
}
