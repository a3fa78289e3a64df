package org.hourglass.platform.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the configuration of every policy PID on its way to the policy (a Config Admin plugin, run after Karaf's
 * interpolation): the values are checked against the policy's metatype and its own {@code ConfigurationCheck}
 * before SCR hands them to the component. A good configuration is kept as the last good one; a refused one never
 * reaches the policy: the last good values are delivered instead (a note on the policy), or, when there are none yet,
 * the refused keys are left out and the policy is reported FAILED and not used until the configuration is fixed.
 * Each refusal is logged once. When the guard starts after a policy got its configuration (boot order), it checks
 * the existing configurations once and has refused ones delivered again through itself.
 */
@Component(service = {ConfigurationPlugin.class, ConfigurationVerdicts.class}, immediate = true, property = {
        ConfigurationPlugin.CM_RANKING + ":Integer=900", "config.plugin.id=org.hourglass.policy-configuration"})
public class PolicyConfigurationGuard implements ConfigurationPlugin, ConfigurationVerdicts {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyConfigurationGuard.class);
    /** Keys Config Admin, FileInstall and SCR put into every configuration: never the policy's values. */
    private static final Set<String> SYSTEM_KEYS = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, "felix.fileinstall.filename", "component.name", "component.id");

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final MetaTypeService metatype;
    private final ConfigurationAdmin configurationAdmin;
    private final TimeSource time;
    private final ConfigurationRules rules;
    private final LastGoodConfigurations lastGood;
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> stamps = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final org.osgi.framework.BundleListener forgetChecks;
    private final ExecutorService recheck = Executors.newSingleThreadExecutor(r -> new Thread(r, "hourglass-policy-configuration"));

    @Activate
    public PolicyConfigurationGuard(BundleContext context, @Reference MetaTypeService metatype, @Reference ServiceComponentRuntime scr,
            @Reference ConfigurationAdmin configurationAdmin, @Reference TimeSource time) {
        this.context = context;
        this.scr = scr;
        this.metatype = metatype;
        this.configurationAdmin = configurationAdmin;
        this.time = time;
        this.rules = new ConfigurationRules(metatype);
        this.lastGood = new LastGoodConfigurations(context.getDataFile("policy-configurations"));
        this.forgetChecks = this::forgetChecks;
        context.addBundleListener(forgetChecks);
        recheck.execute(this::recheckDelivered);
    }

    /** A policy bundle that stops or goes takes its check with it: the cached instance would keep its classes loaded. */
    private void forgetChecks(org.osgi.framework.BundleEvent event) {
        if (event.getType() == org.osgi.framework.BundleEvent.STOPPED || event.getType() == org.osgi.framework.BundleEvent.UNINSTALLED) {
            rules.forget(event.getBundle());
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        context.removeBundleListener(forgetChecks);
        recheck.shutdownNow();
        recheck.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        Bundle bundle = target == null ? null : target.getBundle();
        Object pid = properties.get(Constants.SERVICE_PID);
        if (bundle == null || pid == null || !policyPids(bundle).contains(pid.toString())) {
            return;
        }
        guard(bundle, pid.toString(), properties);
    }

    /**
     * The PIDs of a policy bundle: those its components read (SCR) and those its metatype describes. A bundle is a
     * policy's when it says so ({@code Hourglass-Policy}) or SCR lists a {@code TrainingPolicy} component of it; the
     * header and the metatype make the answer independent of how far SCR got with the bundle.
     */
    private java.util.Set<String> policyPids(Bundle bundle) {
        java.util.Set<String> pids = new java.util.HashSet<>(PolicyComponents.configurationPids(scr, bundle));
        if (Layer.policyCode(bundle) != null || !pids.isEmpty()) {
            org.osgi.service.metatype.MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info != null && info.getPids() != null) {
                pids.addAll(java.util.Arrays.asList(info.getPids()));
            }
        }
        return pids;
    }

    private void guard(Bundle bundle, String pid, Dictionary<String, Object> properties) {
        Map<String, Object> values = values(properties);
        List<FieldError> errors = rules.check(bundle, pid, values);
        if (errors.isEmpty()) {
            boolean changed = lastGood.load(pid).map(g -> !LastGoodConfigurations.same(g.values(), values)).orElse(true);
            lastGood.save(pid, values, time.now());
            if (refusals.remove(pid) != null) {
                LOG.info("Policy configuration {} accepted; the policy uses it now", pid);
                bump(pid);
            } else if (changed) {
                bump(pid); // a failed policy gets a new chance at once with new values
            }
            return;
        }
        String reason = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        Optional<LastGoodConfigurations.Saved> good = lastGood.load(pid);
        if (good.isPresent()) {
            Collections.list(properties.keys()).stream().filter(k -> !SYSTEM_KEYS.contains(k)).toList().forEach(properties::remove);
            good.get().values().forEach(properties::put);
        } else {
            errors.forEach(e -> properties.remove(e.field()));
        }
        Refusal refusal = new Refusal(pid, reason, good.isPresent(), refusals.containsKey(pid) && refusals.get(pid).reason().equals(reason)
                ? refusals.get(pid).at() : time.now());
        Refusal before = refusals.put(pid, refusal);
        if (before == null || !before.reason().equals(reason) || before.goodValuesInForce() != refusal.goodValuesInForce()) {
            bump(pid);
        }
        if (logged.add(pid + "|" + reason + "|" + good.isPresent())) {
            LOG.warn("Policy configuration {} refused: {}. {}", pid, reason, good.isPresent()
                    ? "The last good values (accepted " + good.get().acceptedAt() + ") stay in force."
                    : "There are no good values yet: the policy is FAILED until the configuration is fixed.");
        }
    }

    private static Map<String, Object> values(Dictionary<String, Object> properties) {
        Map<String, Object> values = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            if (!SYSTEM_KEYS.contains(key)) {
                values.put(key, properties.get(key));
            }
        }
        return values;
    }

    private void bump(String pid) {
        stamps.computeIfAbsent(pid, p -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public Optional<Refusal> refusal(String pid) {
        return pid == null ? Optional.empty() : Optional.ofNullable(refusals.get(pid));
    }

    @Override
    public long stamp(String pid) {
        AtomicLong s = pid == null ? null : stamps.get(pid);
        return s == null ? 0 : s.get();
    }

    /**
     * Configurations delivered before this guard was registered (a policy started first at boot) did not pass
     * through it: check each policy PID's stored configuration now and have a refused one delivered again.
     */
    private void recheckDelivered() {
        for (Bundle bundle : context.getBundles()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                for (String pid : policyPids(bundle)) {
                    Configuration[] found = configurationAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
                    if (found == null || found.length == 0 || found[0].getProperties() == null) {
                        continue;
                    }
                    Dictionary<String, Object> copy = new java.util.Hashtable<>();
                    Dictionary<String, Object> stored = found[0].getProperties();
                    Collections.list(stored.keys()).forEach(k -> copy.put(k, stored.get(k)));
                    guard(bundle, pid, copy);
                    if (refusals.containsKey(pid)) {
                        found[0].update();
                    }
                }
            } catch (IOException | InvalidSyntaxException | IllegalStateException e) {
                LOG.debug("Rechecking configurations of bundle {} failed: {}", bundle.getSymbolicName(), e.toString());
            }
        }
    }
}
