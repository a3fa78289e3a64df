package org.hourglass.api.platform;

import org.osgi.annotation.versioning.ConsumerType;

/** A part of the platform that reports its own health to {@code GET /api/v1/health}. */
@ConsumerType
public interface HealthContributor {
    /** A short stable name, e.g. {@code "database"}, {@code "classes"}. */
    String component();

    HealthStatus check();
}
