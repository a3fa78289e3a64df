package org.hourglass.policy.beijing.internal;

import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.OrganizationDataGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-5, BJ Q18: an organisation's data is frozen while one of its subsidy applications is under way. Its own
 * component, depending on the policy's tables only: the accounts bundle asks it before every organisation edit,
 * and a guard that needed accounts back would be a service cycle.
 */
@Component(service = OrganizationDataGuard.class)
public class OrganizationFreeze implements OrganizationDataGuard {
    private final BeijingStore store;

    @Activate
    public OrganizationFreeze(@Reference BeijingStore store) {
        this.store = store;
    }

    @Override
    public String policyCode() {
        return BeijingPolicy.CODE;
    }

    @Override
    public Decision mayEditOrganization(long organizationId) {
        return store.applicationUnderWay(organizationId)
                ? Decision.refuse("C-5", "a subsidy application of this organisation is under way (BJ Q18)") : Decision.allow();
    }
}
