package org.hourglass.policy.institution.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.problem.Verdict;
import org.hourglass.api.security.Caller;
import org.hourglass.api.text.PlainText;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * IN-5 (seed 003 "开班费用信息 如特殊原因,可申请免开班"): before a class opens its institution may ask, giving the special reason,
 * that the class be exempt from the per-head fee; platform staff grant or refuse it (a refusal gives its reason, and a new
 * request may follow). A granted class is billed at 0.00 a head ({@link InstitutionPolicy#settle}) and so gets no closing
 * order. Reading it is the class's staff's and the platform's.
 */
@Component(service = FeeExemptions.class)
public class FeeExemptions {
    private final JpaTemplate jpa;
    private final ExemptionStore store;
    private final ClassDirectory classes;
    private final TimeSource time;

    @Activate
    public FeeExemptions(@Reference ExemptionStore store, @Reference ClassDirectory classes, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.store = store;
        this.classes = classes;
        this.time = time;
    }

    /** Body of a request: the special reason. */
    public record Request(String reason) {
    }

    /** Body of a decision: GRANT or REFUSE, an opinion, which a refusal must give. */
    public record Decision(String decision, String opinion) {
    }

    public record Exemption(long id, long classId, String status, String reason, String requestedBy, Instant requestedAt, String decidedBy,
            Instant decidedAt, String opinion) {
    }

    public Exemption request(Caller caller, long classId, Request body) {
        if (body == null || !text(body.reason())) {
            throw Problem.invalidField("reason", "IN-5: the special reason, 1 to 500 characters of plain text");
        }
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        if (!InstitutionPolicy.PLANNED.equals(cls.status()) && !InstitutionPolicy.OPENING_REVIEW.equals(cls.status())) {
            throw Problem.ruleViolated("IN-5", "the fee exemption is asked before the class opens; class " + classId + " is " + cls.status());
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                FeeExemptionEntity e = new FeeExemptionEntity(classId, body.reason().strip(), caller.principal(), time.now());
                em.persist(e);
                em.flush(); // a second live request of the class fails here, on the unique active class
                return e.toView();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.ruleViolated("IN-5", "class " + classId + " has a fee exemption request pending or granted already");
            }
            throw e;
        }
    }

    public Exemption decide(Caller caller, long classId, Decision body) {
        Problem.requireBody(body);
        Verdict verdict = Verdict.parse(body.decision(), body.opinion(), "GRANT");
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        if (!InstitutionPolicy.PLANNED.equals(cls.status()) && !InstitutionPolicy.OPENING_REVIEW.equals(cls.status())) {
            throw Problem.ruleViolated("IN-5", "the fee exemption is decided before the class opens; class " + classId + " is "
                    + cls.status());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            FeeExemptionEntity e = store.latest(em, classId).filter(x -> x.status() == FeeExemptionEntity.Status.REQUESTED)
                    .orElseThrow(() -> Problem.ruleViolated("IN-5", "class " + classId + " has no fee exemption request to decide"));
            e.decide(verdict.approved(), caller.accountId(), caller.principal(), verdict.opinion(), time.now());
            return e.toView();
        });
    }

    /** Every request of the class, oldest first. */
    public List<Exemption> list(Caller caller, long classId) {
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select e from FeeExemptionEntity e where e.classId = :c "
                + "order by e.id", FeeExemptionEntity.class).setParameter("c", classId).getResultStream().map(FeeExemptionEntity::toView)
                .toList());
    }

    private static boolean text(String s) {
        return s != null && !s.isBlank() && s.length() <= 500 && s.lines().allMatch(l -> l.isBlank() || PlainText.isPlain(l));
    }
}
