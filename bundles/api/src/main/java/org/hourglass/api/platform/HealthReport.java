package org.hourglass.api.platform;

import java.util.List;
import org.hourglass.api.policy.PolicyDescriptor;

/** What {@code GET /api/v1/health} and {@code hourglass:health} show. {@code status} is UP only when every component is up. */
public record HealthReport(String status, List<HealthStatus> components, List<PolicyDescriptor> policies) {
    public HealthReport {
        components = List.copyOf(components);
        policies = List.copyOf(policies);
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
