package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

public class SlidingWindowThrottleTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-04-01T01:00:00Z"));
    private final SlidingWindowThrottle throttle = new SlidingWindowThrottle(() -> Clock.fixed(now.get(), ZoneOffset.UTC));

    @Test
    public void admitsTheLimitPerKeyAndWindowThenRefusesWith429UntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("b", "10.0.0.1", 3, Duration.ofMinutes(10));
            now.set(now.get().plusSeconds(60));
        }
        assertRefused("10.0.0.1");
        throttle.admit("b", "10.0.0.2", 3, Duration.ofMinutes(10)); // another address has its own budget
        throttle.admit("other", "10.0.0.1", 3, Duration.ofMinutes(10)); // and another bucket
        now.set(Instant.parse("2026-04-01T01:10:00Z")); // the first request leaves the window
        throttle.admit("b", "10.0.0.1", 3, Duration.ofMinutes(10));
        assertRefused("10.0.0.1");
    }

    private void assertRefused(String key) {
        try {
            throttle.admit("b", key, 3, Duration.ofMinutes(10));
            fail("the fourth request in the window is refused");
        } catch (Problem p) {
            assertEquals(429, p.status());
        }
    }
}
