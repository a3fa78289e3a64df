package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hourglass.api.platform.HealthStatus;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.PolicyStatus;
import org.hourglass.api.policy.TrainingPolicy;
import org.junit.Test;

/** Issue 19, boot readiness: a node is STARTING until it was whole once, then DOWN when a part fails. */
public class HealthServiceImplTest {
    private static final PolicyRegistry NO_POLICIES = new PolicyRegistry() {
        @Override
        public Optional<TrainingPolicy> find(String code) {
            return Optional.empty();
        }

        @Override
        public TrainingPolicy require(String code) {
            throw new IllegalStateException(code);
        }

        @Override
        public List<PolicyStatus> statuses() {
            return List.of();
        }

        @Override
        public boolean known(String code) {
            return false;
        }
    };

    @Test
    public void startingUntilWholeOnceThenDownWhenAPartFails() {
        HealthServiceImpl health = new HealthServiceImpl(NO_POLICIES);
        AtomicBoolean resourcesJoined = new AtomicBoolean(false);
        health.addContributor(() -> List.of(HealthStatus.up(DatabaseHealth.COMPONENT, "Derby")));
        health.addContributor(() -> List.of(resourcesJoined.get() ? HealthStatus.up("rest application", "25 core resources joined")
                : HealthStatus.down("rest application", "3 of 25 core resources joined; waiting for ClassesResource")));

        assertEquals("STARTING", health.report().status());
        assertEquals("STARTING", health.report().status());
        resourcesJoined.set(true);
        assertEquals("UP", health.report().status());
        resourcesJoined.set(false);
        assertEquals("DOWN", health.report().status());
    }

    @Test
    public void aNodeWithoutItsDatabaseIsNotUp() {
        HealthServiceImpl health = new HealthServiceImpl(NO_POLICIES);
        health.addContributor(() -> List.of(HealthStatus.up("rest application", "25 core resources joined")));
        assertEquals("STARTING", health.report().status());
    }
}
