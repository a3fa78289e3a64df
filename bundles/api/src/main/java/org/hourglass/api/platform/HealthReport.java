package org.hourglass.api.platform;

import java.util.List;

/**
 * What {@code GET /api/v1/health} and {@code hourglass:health} show. {@code status} is UP when the database and every
 * core component are up (and every core REST resource has joined the application); STARTING until the node was UP once,
 * DOWN when a part fails afterwards. Policies are listed with their own state and never make the node DOWN.
 */
public record HealthReport(String status, List<HealthStatus> components, List<PolicyStatus> policies) {
    public HealthReport {
        components = List.copyOf(components);
        policies = List.copyOf(policies);
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
