package org.hourglass.api.platform;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Rate limits for endpoints that answer strangers (issue 18: a public registration or exam entry by ID number must not
 * become an oracle for who is registered). A caller names its {@code bucket} (its own, e.g. {@code "hr-exam:entry"}) and
 * the {@code key} it counts by (a client address, an ID number); at most {@code limit} requests per key pass in any
 * {@code window} on the platform clock. Kept in memory per node: a restart forgives, which is acceptable for a rate limit.
 */
@ProviderType
public interface RequestThrottle {
    /**
     * Counts one request, or refuses it with a {@code 429} {@link org.hourglass.api.problem.Problem} (kind
     * {@code too-many-attempts}, the detail says when to retry) without counting it.
     */
    void admit(String bucket, String key, int limit, Duration window);
}
