package org.hourglass.commerce.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hourglass.api.commerce.ChargeKind;
import org.hourglass.api.commerce.LineKinds;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ways of charging the deployed plug-ins contribute, by kind; they come and go with their policies. */
@Component(service = ChargeKinds.class)
public class ChargeKinds {
    private static final Logger LOG = LoggerFactory.getLogger(ChargeKinds.class);

    private final Map<String, ChargeKind> byKind = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "remove")
    void add(ChargeKind kind) {
        String name = kind.kind();
        if (!LineKinds.contributed(name)) {
            LOG.error("A ChargeKind '{}' ({}) is ignored: a contributed kind is <policy code>/<name>, lower case", name, kind.getClass().getName());
            return;
        }
        if (byKind.putIfAbsent(name, kind) != null) {
            LOG.error("Two contributions of charge kind '{}'; the second ({}) is ignored", name, kind.getClass().getName());
        }
    }

    void remove(ChargeKind kind) {
        byKind.remove(kind.kind(), kind);
    }

    Optional<ChargeKind> find(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }

    /** Every kind a line may carry now: the core ones and the contributed ones. */
    Set<String> known() {
        Set<String> all = new TreeSet<>(LineKinds.CORE);
        all.addAll(byKind.keySet());
        return all;
    }
}
