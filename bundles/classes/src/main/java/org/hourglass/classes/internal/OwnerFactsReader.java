package org.hourglass.classes.internal;

import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A class owner's data from accounts, for the requests that carry it to the policy (BJ-1 insured region): the policy
 * decides on the facts handed to it and never reads accounts itself.
 */
@Component(service = OwnerFactsReader.class)
public class OwnerFactsReader {
    private final OrganizationDirectory organizations;
    private final InstitutionDirectory institutions;

    @Activate
    public OwnerFactsReader(@Reference OrganizationDirectory organizations, @Reference InstitutionDirectory institutions) {
        this.organizations = organizations;
        this.institutions = institutions;
    }

    OwnerFacts of(PartyKind kind, long id) {
        return switch (kind) {
            case ORGANIZATION -> organizations.find(id).map(o -> new OwnerFacts(new Party(kind, id, o.name()), o.creditCode(), o.businessRegion(),
                    o.insuredRegion(), o.insuredRegionCode())).orElse(unknown(kind, id));
            case INSTITUTION -> institutions.find(id).map(i -> new OwnerFacts(new Party(kind, id, i.name()), i.creditCode(), null, null))
                    .orElse(unknown(kind, id));
            default -> unknown(kind, id);
        };
    }

    private static OwnerFacts unknown(PartyKind kind, long id) {
        return new OwnerFacts(new Party(kind, id, null), null, null, null);
    }
}
