package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hourglass.api.policy.TrainingPolicy;
import org.junit.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/** A policy that cannot be activated is tried again with back-off, not once per request; a new configuration retries at once. */
public class DeployedPolicyTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger gets = new AtomicInteger();
    private volatile TrainingPolicy available;

    private final ComponentServiceObjects<TrainingPolicy> objects = new ComponentServiceObjects<>() {
        @Override
        public TrainingPolicy getService() {
            gets.incrementAndGet();
            return available;
        }

        @Override
        public void ungetService(TrainingPolicy service) {
        }

        @Override
        public ServiceReference<TrainingPolicy> getServiceReference() {
            return null;
        }
    };

    private static TrainingPolicy policy() {
        return (TrainingPolicy) Proxy.newProxyInstance(TrainingPolicy.class.getClassLoader(), new Class<?>[] {TrainingPolicy.class},
                (p, m, a) -> m.getName().equals("equals") ? p == a[0] : m.getName().equals("hashCode") ? 1 : null);
    }

    @Test
    public void aFailedActivationWaitsOutItsBackoffThenSucceeds() {
        DeployedPolicy d = new DeployedPolicy("voucher", null, objects, nanos::get);
        DeployedPolicy.Attempt first = d.obtain(0, () -> "The constructor has thrown: voucherYuan 'six hundred'");
        assertNull(first.policy());
        assertTrue(first.firstFailure());
        assertEquals("The constructor has thrown: voucherYuan 'six hundred'", d.failure());
        for (int i = 0; i < 100; i++) {
            assertNull(d.obtain(0, () -> "x").policy());
        }
        assertEquals("one activation attempt while backing off, however many requests", 1, gets.get());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        DeployedPolicy.Attempt second = d.obtain(0, () -> "x");
        assertFalse("only the first failure is reported", second.firstFailure());
        assertEquals(2, gets.get());
        assertEquals(Duration.ofSeconds(2).toNanos(), d.nanosUntilRetry());
        available = policy();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertSame(available, d.obtain(0, () -> "x").policy());
        assertTrue(d.active());
        assertNull(d.failure());
    }

    @Test
    public void aNewConfigurationRetriesAtOnce() {
        DeployedPolicy d = new DeployedPolicy("voucher", null, objects, nanos::get);
        d.obtain(0, () -> "bad");
        available = policy();
        assertNull(d.obtain(0, () -> "bad").policy());
        assertSame(available, d.obtain(1, () -> "bad").policy());
    }

    @Test
    public void backoffDoublesToAMinute() {
        assertEquals(Duration.ZERO, Backoff.after(0));
        assertEquals(Duration.ofSeconds(1), Backoff.after(1));
        assertEquals(Duration.ofSeconds(32), Backoff.after(6));
        assertEquals(Duration.ofMinutes(1), Backoff.after(7));
        assertEquals(Duration.ofMinutes(1), Backoff.after(500));
    }
}
