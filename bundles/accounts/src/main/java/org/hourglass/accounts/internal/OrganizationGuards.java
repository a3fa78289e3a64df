package org.hourglass.accounts.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.OrganizationDataGuard;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The policies' say on organisation edits (C-5, BJ Q18): every deployed {@link OrganizationDataGuard},
 * tracked dynamically so a guard of an uninstalled policy is never asked.
 */
@Component(service = OrganizationGuards.class)
public class OrganizationGuards {
    private final List<OrganizationDataGuard> guards = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addGuard(OrganizationDataGuard guard) {
        guards.add(guard);
    }

    void removeGuard(OrganizationDataGuard guard) {
        guards.remove(guard);
    }

    /** The first refusal, naming the policy and its rule; allow when no guard objects. */
    Decision mayEdit(long organizationId) {
        for (OrganizationDataGuard guard : guards) {
            Decision d = guard.mayEditOrganization(organizationId);
            if (!d.allowed()) {
                return Decision.refuse(d.ruleId() == null ? "C-5" : d.ruleId(),
                        "organisation data is frozen by policy '" + guard.policyCode() + "': " + d.reason());
            }
        }
        return Decision.allow();
    }
}
