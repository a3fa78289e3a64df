package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * BJ-1: the organisation declares, per learner, that he is insured in Beijing through it and still works for it (seed 000
 * Q2); a class applies only when every learner in its claim is so declared (BJ-15 applies the whole class: a learner who
 * left is taken off with {@code leave-organization}, C-24). Declarations are the organisation's word; the authority's
 * insurance check confirms them against its records after submission (Q60).
 */
@Component(service = Employment.class)
public class Employment {
    private final JpaTemplate jpa;
    private final LearnerDirectory learners;
    private final TimeSource time;

    @Activate
    public Employment(@Reference BeijingStore store, @Reference LearnerDirectory learners, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.learners = learners;
        this.time = time;
    }

    public record Declaration(Long learnerId, Boolean insuredInBeijing, Boolean employed) {
    }

    public record Declared(long organizationId, long learnerId, boolean insuredInBeijing, boolean employed, Instant declaredAt) {
    }

    public Declared declare(Caller caller, Declaration body) {
        Problem.requireBody(body);
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        if (body.learnerId() == null || body.learnerId() <= 0) {
            errors.add(new FieldError("learnerId", "required"));
        }
        if (body.insuredInBeijing() == null) {
            errors.add(new FieldError("insuredInBeijing", "required: true or false"));
        }
        if (body.employed() == null) {
            errors.add(new FieldError("employed", "required: true or false"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the declaration has invalid fields", errors);
        }
        LearnerView learner = learners.find(body.learnerId()).orElseThrow(() -> Problem.notFound("learner", body.learnerId()));
        Long org = learner.organizationId();
        if (org == null || !(caller.hasRole(Roles.PLATFORM_ADMIN) || org.equals(caller.organizationId()))) {
            throw Problem.notFound("learner", body.learnerId()); // another organisation's learner is not revealed
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EmploymentEntity e = em.createQuery("select e from EmploymentEntity e where e.organizationId = :o and e.learnerId = :l",
                    EmploymentEntity.class).setParameter("o", org).setParameter("l", body.learnerId()).getResultStream().findFirst()
                    .orElse(null);
            if (e == null) {
                e = new EmploymentEntity(org, body.learnerId());
                em.persist(e);
            }
            e.declare(body.insuredInBeijing(), body.employed(), caller.accountId(), time.now());
            return e.toView();
        });
    }
}
