package org.hourglass.classes.internal;

import java.time.Instant;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.MembershipParticipant;
import org.hourglass.api.policy.PartyKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-24 / BJ-1 (seed 000 Q44 "申请补贴时，参培职工须仍在本单位就业"): when a learner leaves his organisation, his roster rows
 * in its classes are marked left, inside the leaving's transaction — study there ends (records' study gate) and he is
 * in no claim of those classes (the roster facts the policy decides on); the rows and his learning facts stay.
 */
@Component(service = MembershipParticipant.class)
public class LeavingEndsStudy implements MembershipParticipant {
    private final JpaTemplate jpa;

    @Activate
    public LeavingEndsStudy(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void learnerLeftOrganization(long learnerId, long organizationId, Instant at) {
        jpa.tx(TransactionType.Required, em -> em.createQuery("update RosterEntryEntity r set r.leftAt = :at where r.learnerId = :l "
                + "and r.ownerKind = :k and r.ownerId = :o and r.leftAt is null").setParameter("at", at).setParameter("l", learnerId)
                .setParameter("k", PartyKind.ORGANIZATION).setParameter("o", organizationId).executeUpdate());
    }
}
