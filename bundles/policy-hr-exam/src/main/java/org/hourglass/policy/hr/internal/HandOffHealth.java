package org.hourglass.policy.hr.internal;

import java.util.List;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * HR-7 in {@code GET /api/v1/health}: the periods whose hand-off deadline is at risk, for the operator to act on. A policy
 * never turns the node DOWN, so the status stays up and the detail says AT RISK.
 */
@Component(service = HealthContributor.class)
public class HandOffHealth implements HealthContributor {
    static final String COMPONENT = "policy hr-exam: hand-off to the HR-market system (HR-7)";
    private final HandOffs handOffs;

    @Activate
    public HandOffHealth(@Reference HandOffs handOffs) {
        this.handOffs = handOffs;
    }

    @Override
    public List<HealthStatus> check() {
        List<String> atRisk = handOffs.atRisk();
        return List.of(HealthStatus.up(COMPONENT, atRisk.isEmpty() ? "on time" : "AT RISK: " + String.join("; ", atRisk)));
    }
}
