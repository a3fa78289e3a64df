package org.hourglass.policy.beijing.internal;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Disqualifications;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * BJ-17 (Q10): a learner found cheating has the class's hours cleared and is disqualified (records keep the facts);
 * an organisation's second cheating learner loses it the subsidy and marks it untrustworthy: no more applications.
 */
@Component(service = Cheating.class)
public class Cheating {
    private final JpaTemplate jpa;
    private final BeijingStore store;
    private final Estimates estimates;
    private final ClassDirectory classes;
    private final Disqualifications disqualifications;
    private final TimeSource time;

    @Activate
    public Cheating(@Reference BeijingStore store, @Reference Estimates estimates, @Reference ClassDirectory classes,
            @Reference Disqualifications disqualifications, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.store = store;
        this.estimates = estimates;
        this.classes = classes;
        this.disqualifications = disqualifications;
        this.time = time;
    }

    public record Finding(Long classId, Long learnerId, String reason) {
    }

    public record Outcome(long organizationId, long cases, boolean untrustworthy) {
    }

    public Outcome found(Caller caller, Finding body) {
        Problem.requireBody(body);
        if (body.classId() == null || body.learnerId() == null) {
            throw Problem.invalidField(body.classId() == null ? "classId" : "learnerId", "required");
        }
        if (body.reason() == null || body.reason().isBlank() || body.reason().length() > 480) {
            throw Problem.invalidField("reason", "required, at most 480 characters");
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> record(em, caller, body));
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("BJ-17: learner " + body.learnerId() + " was found cheating in class " + body.classId() + " already");
            }
            throw e;
        }
    }

    /**
     * In ONE transaction (issue 13): core clears the learner's hours (it checks the caller and the learner; C-38 already
     * disqualified by a pop-up check is fine) and the case is recorded; a refusal or a failure leaves neither.
     */
    private Outcome record(EntityManager em, Caller caller, Finding body) {
        ClassContext cls = estimates.beijingClass(body.classId());
        if (classes.rosterEntry(cls.classId(), body.learnerId()).isEmpty()) {
            throw Problem.notFound("learner on the roster", body.learnerId());
        }
        if (store.hasCheatingCase(cls.classId(), body.learnerId())) {
            throw Problem.conflict("BJ-17: learner " + body.learnerId() + " was found cheating in class " + cls.classId() + " already");
        }
        if (!disqualifications.isDisqualified(cls.classId(), body.learnerId())) {
            disqualifications.disqualify(caller, cls.classId(), body.learnerId(), "BJ-17: " + body.reason().trim());
        }
        em.persist(new CheatingCaseEntity(cls.owner().id(), cls.classId(), body.learnerId(), body.reason().trim(), caller.accountId(),
                time.now()));
        em.flush();
        long cases = store.cheatingCases(cls.owner().id());
        return new Outcome(cls.owner().id(), cases, cases >= 2);
    }
}
