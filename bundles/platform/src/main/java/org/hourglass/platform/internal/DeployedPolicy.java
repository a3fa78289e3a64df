package org.hourglass.platform.internal;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.hourglass.api.policy.TrainingPolicy;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * One registered policy service and its activation. The policy component is obtained on first use, never while
 * binding (getting it inside the bind call made SCR create it there and formed a DS cycle at boot); when SCR cannot
 * activate it ({@code getService} answers null or throws), the failure is kept and the next attempt waits
 * {@link Backoff}, so a broken policy costs one try per back-off step instead of one per request.
 */
final class DeployedPolicy {
    private final String code;
    private final ServiceReference<TrainingPolicy> reference;
    private final ComponentServiceObjects<TrainingPolicy> objects;
    private final LongSupplier nanoClock;
    private TrainingPolicy instance;
    private String failure;
    private int failures;
    private long retryAt;
    private long configurationStamp;

    DeployedPolicy(String code, ServiceReference<TrainingPolicy> reference, ComponentServiceObjects<TrainingPolicy> objects,
            LongSupplier nanoClock) {
        this.code = code;
        this.reference = reference;
        this.objects = objects;
        this.nanoClock = nanoClock;
    }

    String code() {
        return code;
    }

    ServiceReference<TrainingPolicy> reference() {
        return reference;
    }

    /** What happened on an attempt: the policy, or why not (null reason = not tried: still backing off). */
    record Attempt(TrainingPolicy policy, boolean firstFailure, String reason) {
    }

    /**
     * The active policy, activating it if due. {@code stamp} is the configuration's change stamp: a new configuration
     * is a reason to try again at once.
     */
    synchronized Attempt obtain(long stamp, java.util.function.Supplier<String> scrFailure) {
        if (instance != null) {
            return new Attempt(instance, false, null);
        }
        if (failures > 0 && stamp == configurationStamp && nanoClock.getAsLong() - retryAt < 0) {
            return new Attempt(null, false, null);
        }
        configurationStamp = stamp;
        try {
            instance = objects.getService();
        } catch (RuntimeException e) {
            instance = null;
            failure = e.toString();
        }
        if (instance != null) {
            failures = 0;
            failure = null;
            return new Attempt(instance, false, null);
        }
        if (failure == null || failures == 0) {
            String scr = scrFailure.get();
            failure = scr != null ? scr : failure != null ? failure : "the policy component could not be activated";
        }
        failures++;
        retryAt = nanoClock.getAsLong() + Backoff.after(failures).toNanos();
        return new Attempt(null, failures == 1, failure);
    }

    synchronized boolean active() {
        return instance != null;
    }

    /** Why it is not active; null when active or never tried. */
    synchronized String failure() {
        return instance == null ? failure : null;
    }

    synchronized long nanosUntilRetry() {
        return failures == 0 ? 0 : Math.max(0, retryAt - nanoClock.getAsLong());
    }

    /** The service is going away: give the instance back (SCR may already have disposed of it). */
    synchronized void release() {
        if (instance != null) {
            try {
                objects.ungetService(instance);
            } catch (RuntimeException e) {
                // the registration is gone already: nothing to give back
            }
            instance = null;
        }
    }
}
