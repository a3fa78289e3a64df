package org.hourglass.api.platform;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** A part of the platform that reports health to {@code GET /api/v1/health}: one status per thing it watches. */
@ConsumerType
public interface HealthContributor {
    List<HealthStatus> check();
}
