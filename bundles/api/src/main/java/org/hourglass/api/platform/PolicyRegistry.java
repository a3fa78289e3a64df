package org.hourglass.api.platform;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The policies of this node, tracked dynamically as policy bundles come and go. Thread-safe; never caches a policy
 * object beyond one decision, so an uninstalled policy is never called. A policy that failed to activate, or whose
 * configuration is refused without good values, is not handed out: it is reported FAILED and retried with back-off.
 */
@ProviderType
public interface PolicyRegistry {
    /** The policy for {@code code} if it is ACTIVE. */
    Optional<TrainingPolicy> find(String code);

    /**
     * The ACTIVE policy for {@code code}.
     *
     * @throws org.hourglass.api.problem.Problem 503 {@code policy-not-deployed} when absent or not active (the detail says why)
     */
    TrainingPolicy require(String code);

    /** Every policy this node knows of now — deploying, active or failed — ordered by code. */
    List<PolicyStatus> statuses();

    /** Whether a policy with this code has ever been deployed on this installation (its paths answer 503 while it is away). */
    boolean known(String code);
}
