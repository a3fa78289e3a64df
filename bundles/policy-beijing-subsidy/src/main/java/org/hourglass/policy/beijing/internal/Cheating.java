package org.hourglass.policy.beijing.internal;

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
        ClassContext cls = estimates.beijingClass(body.classId());
        if (classes.rosterEntry(cls.classId(), body.learnerId()).isEmpty()) {
            throw Problem.notFound("learner on the roster", body.learnerId());
        }
        if (store.hasCheatingCase(cls.classId(), body.learnerId())) {
            throw Problem.conflict("BJ-17: learner " + body.learnerId() + " was found cheating in class " + cls.classId() + " already");
        }
        // core first: it checks the caller and the learner and clears the hours; a refusal leaves nothing behind
        try {
            disqualifications.disqualify(caller, cls.classId(), body.learnerId(), "BJ-17: " + body.reason().trim());
        } catch (Problem p) {
            if (p.status() != 409) {
                throw p;
            }
            // C-38: already disqualified in core (e.g. by a pop-up check); the BJ-17 case is still recorded
        }
        try {
            jpa.tx(TransactionType.Required, em -> em.persist(new CheatingCaseEntity(cls.owner().id(), cls.classId(), body.learnerId(),
                    body.reason().trim(), caller.accountId(), time.now())));
        } catch (PersistenceException e) {
            if (!UniqueViolation.in(e)) {
                throw e;
            }
            // a concurrent finding of the same learner recorded it: one case stands
        }
        long cases = store.cheatingCases(cls.owner().id());
        return new Outcome(cls.owner().id(), cases, cases >= 2);
    }
}
