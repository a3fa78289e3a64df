package org.hourglass.classes.internal;

import java.util.List;
import java.util.Locale;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.classes.ClassJoin;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Joining a class with its password (seed 003 "学员加入班级的凭证为姓名、证件号码和班级密码", the shape of IN-4), for classes whose
 * policy asks for it ({@code RosterRules.classPasswordJoin}). The learner is logged in; the name and ID number he gives
 * must be his account's, and he must be on the roster (the contact is not checked). Allowed once the class opened (a study
 * state) and until it closes. A wrong password, a class he is not on and a class without the step all answer the same 404,
 * so the endpoint reveals no class.
 */
@Component(service = ClassJoining.class)
public class ClassJoining {
    private final JpaTemplate jpa;
    private final LearnerDirectory learners;
    private final PolicyRegistry policies;
    private final TimeSource time;

    @Activate
    public ClassJoining(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa, @Reference LearnerDirectory learners,
            @Reference PolicyRegistry policies, @Reference TimeSource time) {
        this.jpa = jpa;
        this.learners = learners;
        this.policies = policies;
        this.time = time;
    }

    public ClassView join(Caller caller, ClassJoin body) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            errors.add(new FieldError("name", "required: your name as on the roster"));
        }
        if (body.idNumber() == null || body.idNumber().isBlank() || body.idNumber().length() > 40) {
            errors.add(new FieldError("idNumber", "required: your ID number as on the roster"));
        }
        if (body.classPassword() == null || !body.classPassword().matches("\\d{6}")) {
            errors.add(new FieldError("classPassword", "the class's six digits, from its head teacher"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the join request has invalid fields", errors);
        }
        LearnerView me = learners.find(caller.accountId()).orElseThrow(ClassJoining::noSuchClass);
        if (!me.name().equals(body.name().strip()) || !me.idNumber().equalsIgnoreCase(body.idNumber().strip().toUpperCase(Locale.ROOT))) {
            throw noSuchClass();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            for (RosterEntryEntity entry : em.createQuery("select r from RosterEntryEntity r where r.learnerId = :l and r.leftAt is null",
                    RosterEntryEntity.class).setParameter("l", caller.accountId()).getResultList()) {
                ClassEntity cls = em.find(ClassEntity.class, entry.classId());
                if (cls == null || !body.classPassword().equals(cls.classPassword())) {
                    continue;
                }
                TrainingPolicy policy = policies.require(cls.policyCode());
                if (!policy.rosterRules(cls.toContext(0)).classPasswordJoin()) {
                    continue;
                }
                if (!policy.lifecycle().studyIn(cls.status())) {
                    throw Problem.ruleViolated("C-21", "class " + cls.id() + " is " + cls.status()
                            + "; learners join once it opened and until it closes (seed 003 \"开班后，线上班级即允许学员加入\")");
                }
                entry.enter(time.now());
                return cls.toView(false);
            }
            throw noSuchClass();
        });
    }

    private static Problem noSuchClass() {
        return new Problem(404, "not-found", "Not found", "no class with this password has you on its roster", List.of());
    }
}
