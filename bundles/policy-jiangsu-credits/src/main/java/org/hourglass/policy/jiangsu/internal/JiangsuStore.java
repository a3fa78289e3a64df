package org.hourglass.policy.jiangsu.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy's own tables through its own persistence unit ({@code hourglass-policy-jiangsu-credits}): the one place that
 * names the unit; also what the policy's decisions read of them (JS-9).
 */
@Component(service = JiangsuStore.class)
public class JiangsuStore {
    private final JpaTemplate jpa;

    @Activate
    public JiangsuStore(@Reference(target = "(osgi.unit.name=hourglass-policy-jiangsu-credits)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    /** JS-9: whether the learner holds a face-to-face registration (not cancelled) of this training year. */
    boolean faceToFaceIn(long learnerId, int year) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select f.id from FaceToFaceEntity f where f.learnerId = :l "
                + "and f.trainingYear = :y and f.cancelledAt is null").setParameter("l", learnerId).setParameter("y", year)
                .getResultList().isEmpty());
    }
}
