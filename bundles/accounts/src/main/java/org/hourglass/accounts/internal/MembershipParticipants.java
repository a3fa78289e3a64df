package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.List;
import org.hourglass.api.accounts.MembershipParticipant;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The bundles above accounts that take part in a learner's leaving his organisation, called inside its transaction. */
@Component(service = MembershipParticipants.class)
public class MembershipParticipants {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<MembershipParticipant> participants = List.of();

    void learnerLeftOrganization(long learnerId, long organizationId, Instant at) {
        participants.forEach(p -> p.learnerLeftOrganization(learnerId, organizationId, at));
    }
}
