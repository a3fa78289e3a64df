package org.hourglass.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.bundle.core.BundleService;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.PolicyState;
import org.hourglass.api.platform.PolicyStatus;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks policies by code (ARCHITECTURE principle 3): dynamic, multiple, greedy, so a policy bundle installed at
 * runtime is live without restarting anything and one removed disappears at once. Each registered policy is
 * activated off the binding thread and, when it fails (or its configuration is refused with no good values), it is
 * reported FAILED with the reason and tried again with back-off — never handed out, never a 500, and health stays UP.
 * Two services with the same code: the later one is refused (logged) until the first goes.
 */
@Component(service = PolicyRegistry.class, immediate = true)
public class PolicyRegistryImpl implements PolicyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistryImpl.class);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final ConfigurationVerdicts verdicts;
    private final PolicyInventory inventory;
    private final KnownPolicies known;
    private final Map<String, DeployedPolicy> byCode = new ConcurrentHashMap<>();
    private final ScheduledExecutorService attempts = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hourglass-policy-activation"));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile BundleService bundleDiagnosis;

    @Activate
    public PolicyRegistryImpl(BundleContext context, @Reference ServiceComponentRuntime scr, @Reference ConfigurationVerdicts verdicts) {
        this.context = context;
        this.scr = scr;
        this.verdicts = verdicts;
        this.inventory = new PolicyInventory(context, scr);
        this.known = new KnownPolicies(context.getDataFile("known-policies.txt"));
    }

    @Deactivate
    void stop() throws InterruptedException {
        attempts.shutdownNow();
        attempts.awaitTermination(5, TimeUnit.SECONDS);
        byCode.values().forEach(DeployedPolicy::release);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removePolicy")
    void addPolicy(ComponentServiceObjects<TrainingPolicy> objects, ServiceReference<TrainingPolicy> reference) {
        Object code = reference.getProperty(TrainingPolicy.CODE_PROPERTY);
        if (code == null || !code.toString().matches("[a-z0-9][a-z0-9-]{0,39}")) {
            LOG.error("A TrainingPolicy service of bundle {} without a valid {} ({}) is ignored", reference.getBundle().getSymbolicName(),
                    TrainingPolicy.CODE_PROPERTY, code);
            return;
        }
        DeployedPolicy d = new DeployedPolicy(code.toString(), reference, objects, System::nanoTime);
        DeployedPolicy previous = byCode.putIfAbsent(d.code(), d);
        if (previous != null) {
            LOG.error("Two policies claim code '{}'; keeping service {}, ignoring service {}", code,
                    previous.reference().getProperty(Constants.SERVICE_ID), reference.getProperty(Constants.SERVICE_ID));
            return;
        }
        known.add(d.code());
        LOG.info("Policy '{}' deployed", code);
        // activate soon, off the binding thread: obtaining the service while binding risks a DS cycle at boot
        schedule(d, 0);
    }

    void removePolicy(ComponentServiceObjects<TrainingPolicy> objects, ServiceReference<TrainingPolicy> reference) {
        Object code = reference.getProperty(TrainingPolicy.CODE_PROPERTY);
        DeployedPolicy d = code == null ? null : byCode.get(code.toString());
        if (d != null && d.reference().equals(reference) && byCode.remove(code.toString(), d)) {
            d.release();
            LOG.info("Policy '{}' undeployed", code);
        }
    }

    private void schedule(DeployedPolicy d, long delayNanos) {
        try {
            attempts.schedule(() -> attempt(d), delayNanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /** A background attempt: keeps trying a failed policy with back-off until it activates or goes away. */
    private void attempt(DeployedPolicy d) {
        if (byCode.get(d.code()) != d) {
            return;
        }
        if (obtain(d).isEmpty()) {
            schedule(d, Math.max(d.nanosUntilRetry(), Backoff.FIRST.toNanos()));
        }
    }

    private Optional<TrainingPolicy> obtain(DeployedPolicy d) {
        String pid = configurationPid(d.reference());
        Optional<ConfigurationVerdicts.Refusal> refused = verdicts.refusal(pid).filter(r -> !r.goodValuesInForce());
        if (refused.isPresent()) {
            return Optional.empty();
        }
        DeployedPolicy.Attempt a = d.obtain(verdicts.stamp(pid), () -> scrFailure(d.reference()));
        if (a.firstFailure()) {
            LOG.warn("Policy '{}' could not be activated: {}. It is listed as FAILED and tried again with back-off.", d.code(), a.reason());
        }
        return Optional.ofNullable(a.policy());
    }

    @Override
    public Optional<TrainingPolicy> find(String code) {
        DeployedPolicy d = code == null ? null : byCode.get(code);
        return d == null ? Optional.empty() : obtain(d);
    }

    @Override
    public TrainingPolicy require(String code) {
        Optional<TrainingPolicy> p = find(code);
        if (p.isPresent()) {
            return p.get();
        }
        DeployedPolicy d = code == null ? null : byCode.get(code);
        if (d == null) {
            throw Problem.policyNotDeployed(code);
        }
        PolicyStatus s = status(d);
        throw new Problem(503, "policy-not-deployed", "Policy not deployed",
                "policy '" + code + "' is deployed but " + s.state() + ": " + s.detail() + "; nothing was changed", List.of());
    }

    @Override
    public boolean known(String code) {
        return code != null && (byCode.containsKey(code) || known.contains(code));
    }

    @Override
    public List<PolicyStatus> statuses() {
        List<PolicyStatus> out = new ArrayList<>();
        byCode.values().forEach(d -> out.add(status(d)));
        inventory.pending(byCode.keySet(), this::diagnose).values().forEach(out::add);
        out.sort(Comparator.comparing(PolicyStatus::code));
        return out;
    }

    private PolicyStatus status(DeployedPolicy d) {
        ServiceReference<TrainingPolicy> ref = d.reference();
        String pid = configurationPid(ref);
        Optional<ConfigurationVerdicts.Refusal> refusal = verdicts.refusal(pid);
        PolicyState state;
        String detail = null;
        String note = null;
        if (refusal.isPresent() && !refusal.get().goodValuesInForce()) {
            state = PolicyState.FAILED;
            detail = refusal.get().text();
        } else if (d.active()) {
            state = PolicyState.ACTIVE;
            note = refusal.map(ConfigurationVerdicts.Refusal::text).orElse(null);
        } else if (d.failure() != null) {
            state = PolicyState.FAILED;
            detail = d.failure();
        } else {
            state = PolicyState.DEPLOYING;
            detail = "activating";
        }
        Bundle b = ref.getBundle();
        return new PolicyStatus(d.code(), property(ref, TrainingPolicy.NAME_PROPERTY), property(ref, TrainingPolicy.REGION_PROPERTY),
                b == null ? null : b.getVersion().toString(), pid, state, detail, note);
    }

    private static String property(ServiceReference<?> ref, String key) {
        Object v = ref.getProperty(key);
        return v == null ? null : v.toString();
    }

    private ComponentDescriptionDTO description(ServiceReference<TrainingPolicy> ref) {
        Bundle b = ref.getBundle();
        Object name = ref.getProperty("component.name");
        return b == null || name == null ? null : scr.getComponentDescriptionDTO(b, name.toString());
    }

    private String configurationPid(ServiceReference<TrainingPolicy> ref) {
        ComponentDescriptionDTO d = description(ref);
        return d == null ? null : PolicyComponents.configurationPid(d);
    }

    /** SCR's reason for a failed activation of the policy's component. */
    private String scrFailure(ServiceReference<TrainingPolicy> ref) {
        ComponentDescriptionDTO d = description(ref);
        if (d == null) {
            return null;
        }
        for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
            if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                return PolicyInventory.firstLine(c.failure, null);
            }
        }
        return null;
    }

    private String diagnose(Bundle bundle) {
        BundleService diagnosis = bundleDiagnosis;
        try {
            return diagnosis == null ? null : diagnosis.getDiag(bundle);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
