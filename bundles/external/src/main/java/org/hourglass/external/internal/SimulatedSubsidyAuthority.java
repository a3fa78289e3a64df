package org.hourglass.external.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hourglass.api.authority.ClaimListener;
import org.hourglass.api.authority.ClaimStatus;
import org.hourglass.api.authority.ClaimSubmission;
import org.hourglass.api.authority.ClaimUpdate;
import org.hourglass.external.simulation.SimulatedAuthority;
import org.hourglass.api.authority.SubsidyAuthority;
import org.hourglass.api.quantity.Money;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's subsidy authority (BJ-16): a claim moves insurance check → authority review → public notice →
 * paid (the full amount) or rejected, one step every few seconds; each update is delivered to the claim
 * policy's listener and kept queued while that policy is not deployed. Its state lives in memory.
 */
@Component(service = {SubsidyAuthority.class, SimulatedAuthority.class})
public class SimulatedSubsidyAuthority implements SubsidyAuthority, SimulatedAuthority {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedSubsidyAuthority.class);
    private static final List<ClaimStatus> STEPS = List.of(ClaimStatus.SUBMITTED, ClaimStatus.INSURANCE_CHECK,
            ClaimStatus.AUTHORITY_REVIEW, ClaimStatus.PUBLIC_NOTICE);

    /**
     * Listeners are tracked by reference and fetched only to deliver: a listener (a policy) references this authority,
     * so a DS reference, or a tracker fetching services while this component activates, would be a cycle.
     */
    private final ServiceTracker<ClaimListener, ServiceReference<ClaimListener>> listeners;
    private final BundleContext context;

    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Queue<ClaimUpdate> undelivered = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hourglass-simulated-authority");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean pay = true;
    private volatile String rejection = "insurance records do not match (simulated)";
    private volatile long stepMillis = 3000;
    private volatile java.util.Set<String> notInsured = java.util.Set.of();

    @Activate
    public SimulatedSubsidyAuthority(BundleContext context) {
        this.context = context;
        listeners = new ServiceTracker<>(context, ClaimListener.class, new ServiceTrackerCustomizer<>() {
            @Override
            public ServiceReference<ClaimListener> addingService(ServiceReference<ClaimListener> reference) {
                return reference;
            }

            @Override
            public void modifiedService(ServiceReference<ClaimListener> reference, ServiceReference<ClaimListener> service) {
            }

            @Override
            public void removedService(ServiceReference<ClaimListener> reference, ServiceReference<ClaimListener> service) {
            }
        });
        listeners.open();
        timer.scheduleWithFixedDelay(this::redeliver, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public String submit(ClaimSubmission claim) {
        String key = claim.policyCode() + ":" + claim.applicationId();
        return references.computeIfAbsent(key, k -> {
            String ref = "SIMAUTH-" + sequence.incrementAndGet();
            LOG.info("SIMULATED AUTHORITY received claim {} of {} for {} yuan ({} learners)", ref, claim.organizationName(),
                    claim.amount(), claim.learners());
            List<String> uninsured = claim.insuredIdNumbers().stream().filter(notInsured::contains).toList();
            boolean paid = pay && uninsured.isEmpty();
            String reason = uninsured.isEmpty() ? rejection : "参保记录与申报不符 (insurance records do not match): "
                    + uninsured.stream().map(org.hourglass.api.identity.ResidentIdNumber::mask).toList();
            long step = stepMillis;
            // the insurance check comes first: a mismatch ends the claim right after it (seed 000 Q60)
            int last = uninsured.isEmpty() ? STEPS.size() : STEPS.indexOf(ClaimStatus.INSURANCE_CHECK) + 1;
            for (int i = 1; i <= last; i++) {
                ClaimStatus status = i < last ? STEPS.get(i) : paid ? ClaimStatus.PAID : ClaimStatus.REJECTED;
                Money amount = status == ClaimStatus.PAID ? claim.amount() : null;
                String why = status == ClaimStatus.REJECTED ? reason : null;
                timer.schedule(() -> deliver(new ClaimUpdate(claim.policyCode(), ref, claim.applicationId(), status, why, amount,
                        Clock.systemUTC().instant())), step * i, TimeUnit.MILLISECONDS);
            }
            return ref;
        });
    }

    private void deliver(ClaimUpdate u) {
        if (!tell(u)) {
            undelivered.add(u);
        }
    }

    private boolean tell(ClaimUpdate u) {
        for (ServiceReference<ClaimListener> ref : listeners.getTracked().keySet()) {
            ClaimListener l = context.getService(ref);
            if (l == null) {
                continue;
            }
            try {
                if (l.policyCode().equals(u.policyCode())) {
                    l.updated(u);
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.warn("claim listener of {} failed on {}; will repeat", u.policyCode(), u.reference(), e);
                return false;
            } finally {
                context.ungetService(ref);
            }
        }
        return false;
    }

    private void redeliver() {
        for (int n = undelivered.size(); n > 0; n--) {
            ClaimUpdate u = undelivered.poll();
            if (u != null && !tell(u)) {
                undelivered.add(u);
            }
        }
    }

    @Override
    public void notInsured(java.util.Set<String> idNumbers) {
        this.notInsured = java.util.Set.copyOf(idNumbers);
    }

    @Override
    public void decide(boolean pay, String reason, long stepMillis) {
        this.pay = pay;
        this.rejection = reason;
        this.stepMillis = Math.max(1, stepMillis);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        listeners.close();
    }
}
