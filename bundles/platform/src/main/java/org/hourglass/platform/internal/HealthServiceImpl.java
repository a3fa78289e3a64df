package org.hourglass.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthReport;
import org.hourglass.api.platform.HealthService;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.platform.PolicyRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Health of the database and of every core bundle and persistence unit — UP only when all of them are — and the
 * policies with their own state (deploying, active, failed), which never turn the node DOWN: a load balancer keeps a
 * node in service while a policy is deployed or removed, or fails.
 */
@Component
public class HealthServiceImpl implements HealthService {
    private final PolicyRegistry policies;
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
    /**
     * Issue 19, boot readiness: until the node has been whole once (database, core bundles and units, every core REST
     * resource joined), it is STARTING, not DOWN — a 503 either way; what breaks afterwards is DOWN.
     */
    private volatile boolean readyOnce;

    @Activate
    public HealthServiceImpl(@Reference PolicyRegistry policies) {
        this.policies = policies;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(HealthContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public HealthReport report() {
        List<HealthStatus> statuses = contributors.stream().flatMap(c -> safeCheck(c).stream())
                .sorted(Comparator.comparing(HealthStatus::component)).toList();
        boolean up = statuses.stream().allMatch(HealthStatus::up)
                && statuses.stream().anyMatch(s -> s.component().equals(DatabaseHealth.COMPONENT));
        if (up) {
            readyOnce = true;
        }
        return new HealthReport(up ? "UP" : readyOnce ? "DOWN" : "STARTING", statuses, policies.statuses());
    }

    private static List<HealthStatus> safeCheck(HealthContributor c) {
        try {
            return c.check();
        } catch (RuntimeException e) {
            return List.of(HealthStatus.down(c.getClass().getSimpleName(), e.toString()));
        }
    }
}
