package org.hourglass.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks deployed policies by code (ARCHITECTURE principle 3). Dynamic, multiple, greedy: a policy
 * bundle installed at runtime becomes live without restarting anything, one removed disappears at
 * once. Two services with the same code: the later one is refused (logged) until the first goes.
 */
@Component(service = PolicyRegistry.class)
public class PolicyRegistryImpl implements PolicyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistryImpl.class);

    /**
     * A deployed policy, obtained on first use rather than while binding: getting the service inside the bind
     * call made SCR create the policy component there, whose own references (classes → this registry) then
     * formed a cycle and the policy failed to start at boot about once in ten (found by issue 7's drills).
     */
    private static final class Deployed {
        private final Object serviceId;
        private final Supplier<TrainingPolicy> source;
        private volatile TrainingPolicy policy;

        Deployed(Object serviceId, Supplier<TrainingPolicy> source) {
            this.serviceId = serviceId;
            this.source = source;
        }

        TrainingPolicy get() {
            TrainingPolicy p = policy;
            if (p == null) {
                synchronized (this) {
                    if (policy == null) {
                        policy = source.get();
                    }
                    p = policy;
                }
            }
            return p;
        }
    }

    private final Map<String, Deployed> byCode = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPolicy(ComponentServiceObjects<TrainingPolicy> objects, Map<String, Object> props) {
        register(objects::getService, props);
    }

    void removePolicy(ComponentServiceObjects<TrainingPolicy> objects, Map<String, Object> props) {
        unregister(props);
    }

    void register(Supplier<TrainingPolicy> policy, Map<String, Object> props) {
        Object code = props.get(TrainingPolicy.CODE_PROPERTY);
        if (code == null) {
            LOG.error("A TrainingPolicy service without the {} property is ignored", TrainingPolicy.CODE_PROPERTY);
            return;
        }
        Deployed previous = byCode.putIfAbsent(code.toString(), new Deployed(props.get(Constants.SERVICE_ID), policy));
        if (previous != null) {
            LOG.error("Two policies claim code '{}'; keeping the first, ignoring service {}", code, props.get(Constants.SERVICE_ID));
        } else {
            LOG.info("Policy '{}' deployed", code);
        }
    }

    void unregister(Map<String, Object> props) {
        Object code = props.get(TrainingPolicy.CODE_PROPERTY);
        Deployed d = code == null ? null : byCode.get(code.toString());
        if (d != null && java.util.Objects.equals(d.serviceId, props.get(Constants.SERVICE_ID)) && byCode.remove(code.toString(), d)) {
            LOG.info("Policy '{}' undeployed", code);
        }
    }

    @Override
    public Optional<TrainingPolicy> find(String code) {
        Deployed d = code == null ? null : byCode.get(code);
        return d == null ? Optional.empty() : Optional.ofNullable(d.get());
    }

    @Override
    public TrainingPolicy require(String code) {
        return find(code).orElseThrow(() -> Problem.policyNotDeployed(code));
    }

    @Override
    public List<PolicyDescriptor> deployed() {
        return byCode.values().stream().map(d -> d.get().descriptor())
                .sorted(Comparator.comparing(PolicyDescriptor::code)).toList();
    }
}
