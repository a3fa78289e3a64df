package org.hourglass.policy.institution.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The policy's own review table, as its decisions read it (IN-5, IN-6). */
@Component(service = ReviewStore.class)
public class ReviewStore {
    static final String UNIT = "(osgi.unit.name=hourglass-policy-institution-billing)";

    private final JpaTemplate jpa;

    @Activate
    public ReviewStore(@Reference(target = UNIT) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    /** The approvals of the current round of a stage: those after its last refusal. */
    int approvalsInRound(long classId, ReviewEntity.Stage stage) {
        return round(classId, stage).size();
    }

    /** The approvals since the stage's last refusal, oldest first. */
    List<ReviewEntity> round(long classId, ReviewEntity.Stage stage) {
        List<ReviewEntity> all = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select r from ReviewEntity r "
                + "where r.classId = :c and r.stage = :s order by r.id", ReviewEntity.class).setParameter("c", classId)
                .setParameter("s", stage).getResultList());
        List<ReviewEntity> round = new ArrayList<>();
        for (ReviewEntity r : all) {
            if (r.decision() == ReviewEntity.Decision.REFUSED) {
                round.clear();
            } else {
                round.add(r);
            }
        }
        return round;
    }
}
