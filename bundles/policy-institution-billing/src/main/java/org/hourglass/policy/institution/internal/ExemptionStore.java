package org.hourglass.policy.institution.internal;

import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The policy's fee-exemption table, as its decisions read it (IN-5: a granted class is billed at 0.00 a head). */
@Component(service = ExemptionStore.class)
public class ExemptionStore {
    private final JpaTemplate jpa;

    @Activate
    public ExemptionStore(@Reference(target = ReviewStore.UNIT) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    boolean granted(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> latest(em, classId).map(e -> e.status() == FeeExemptionEntity.Status.GRANTED)
                .orElse(false));
    }

    Optional<FeeExemptionEntity> latest(EntityManager em, long classId) {
        return em.createQuery("select e from FeeExemptionEntity e where e.classId = :c order by e.id desc", FeeExemptionEntity.class)
                .setParameter("c", classId).setMaxResults(1).getResultStream().findFirst();
    }
}
