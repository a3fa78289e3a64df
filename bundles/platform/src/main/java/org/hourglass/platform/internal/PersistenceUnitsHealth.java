package org.hourglass.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Each persistence unit of a core bundle ({@code Hourglass-Layer: core}): registered by Aries JPA and able to open a
 * transaction. A policy's unit belongs to the policy: its trouble shows on the policy, not on the node.
 */
@Component
public class PersistenceUnitsHealth implements HealthContributor {
    private final Map<String, JpaTemplate> units = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.unit.name=hourglass-*)")
    void addUnit(JpaTemplate jpa, org.osgi.framework.ServiceReference<JpaTemplate> reference) {
        if (Layer.core(reference.getBundle())) {
            units.put(String.valueOf(reference.getProperty("osgi.unit.name")), jpa);
        }
    }

    void removeUnit(JpaTemplate jpa, org.osgi.framework.ServiceReference<JpaTemplate> reference) {
        units.remove(String.valueOf(reference.getProperty("osgi.unit.name")), jpa);
    }

    @Override
    public List<HealthStatus> check() {
        return units.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> check(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(HealthStatus::component)).toList();
    }

    private static HealthStatus check(String unit, JpaTemplate jpa) {
        String name = "unit " + unit;
        try {
            boolean open = jpa.txExpr(TransactionType.Required, em -> em.isOpen());
            return open ? HealthStatus.up(name, "transactions open") : HealthStatus.down(name, "entity manager closed");
        } catch (RuntimeException e) {
            return HealthStatus.down(name, e.toString());
        }
    }
}
