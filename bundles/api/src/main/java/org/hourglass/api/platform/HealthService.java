package org.hourglass.api.platform;

import org.osgi.annotation.versioning.ProviderType;

/** Collects every {@link HealthContributor} and the deployed policies into one report. */
@ProviderType
public interface HealthService {
    HealthReport report();
}
