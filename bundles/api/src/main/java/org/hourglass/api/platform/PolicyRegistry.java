package org.hourglass.api.platform;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The deployed policies, tracked dynamically as policy bundles come and go. Thread-safe; never
 * caches a policy object beyond one decision, so an uninstalled policy is never called.
 */
@ProviderType
public interface PolicyRegistry {
    Optional<TrainingPolicy> find(String code);

    /**
     * The deployed policy for {@code code}.
     *
     * @throws org.hourglass.api.problem.Problem 503 {@code policy-not-deployed} when absent
     */
    TrainingPolicy require(String code);

    /** Descriptors of the deployed policies, ordered by code. */
    List<PolicyDescriptor> deployed();
}
