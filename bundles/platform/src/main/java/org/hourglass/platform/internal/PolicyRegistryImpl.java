package org.hourglass.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
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

    private final Map<String, TrainingPolicy> byCode = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPolicy(TrainingPolicy policy, Map<String, Object> props) {
        String code = codeOf(policy, props);
        TrainingPolicy previous = byCode.putIfAbsent(code, policy);
        if (previous != null && previous != policy) {
            LOG.error("Two policies claim code '{}'; keeping the first, ignoring {}", code, policy.getClass().getName());
        } else {
            LOG.info("Policy '{}' deployed ({})", code, policy.descriptor().version());
        }
    }

    void removePolicy(TrainingPolicy policy, Map<String, Object> props) {
        String code = codeOf(policy, props);
        if (byCode.remove(code, policy)) {
            LOG.info("Policy '{}' undeployed", code);
        }
    }

    private static String codeOf(TrainingPolicy policy, Map<String, Object> props) {
        Object code = props.get(TrainingPolicy.CODE_PROPERTY);
        return code != null ? code.toString() : policy.descriptor().code();
    }

    @Override
    public Optional<TrainingPolicy> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    @Override
    public TrainingPolicy require(String code) {
        return find(code).orElseThrow(() -> Problem.policyNotDeployed(code));
    }

    @Override
    public List<PolicyDescriptor> deployed() {
        return byCode.values().stream().map(TrainingPolicy::descriptor)
                .sorted(Comparator.comparing(PolicyDescriptor::code)).toList();
    }
}
