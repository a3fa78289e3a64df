package org.hourglass.policy.institution.internal;

import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.text.PlainText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * IN-2 "意见反馈" (seed 003, "班级内师生私信"): where the class turns it on (setting {@code feedback=true}) a learner of the
 * class asks its teachers; the head teacher or an assistant answers and may edit the answer; a learner sees his own
 * questions, the class's staff all of them.
 */
@Component(service = Feedback.class)
public class Feedback {
    static final int MAX_QUESTION = 1000;
    static final int MAX_ANSWER = 2000;

    private final JpaTemplate jpa;
    private final ClassDirectory classes;
    private final TimeSource time;

    @Activate
    public Feedback(@Reference ReviewStore store, @Reference ClassDirectory classes, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.classes = classes;
        this.time = time;
    }

    public record Text(String text) {
    }

    public record Item(long id, long classId, long learnerId, String question, Instant askedAt, String answer, String answeredBy,
            Instant answeredAt, Instant editedAt) {
    }

    public Item ask(Caller learner, long classId, Text body) {
        String text = text(body, MAX_QUESTION);
        ClassContext cls = PolicyClassAccess.requirePolicyClass(classes, InstitutionPolicy.CODE, classId);
        if (classes.rosterEntry(classId, learner.accountId()).isEmpty()) {
            throw Problem.notFound("class", classId);
        }
        if (!Boolean.parseBoolean(cls.setting("feedback", "false"))) {
            throw Problem.ruleViolated("IN-2", "class " + classId + " has no feedback messages (its setting feedback is off)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            FeedbackEntity f = new FeedbackEntity(classId, learner.accountId(), text, time.now());
            em.persist(f);
            em.flush();
            return f.toView();
        });
    }

    /** A learner: his own questions; the class's staff: every question, oldest first. */
    public List<Item> list(Caller caller, long classId) {
        boolean learnerOnly = caller.hasRole(Roles.LEARNER) && caller.roles().size() == 1;
        if (learnerOnly) {
            PolicyClassAccess.requirePolicyClass(classes, InstitutionPolicy.CODE, classId);
            if (classes.rosterEntry(classId, caller.accountId()).isEmpty()) {
                throw Problem.notFound("class", classId);
            }
        } else {
            PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("select f from FeedbackEntity f where f.classId = :c" + (learnerOnly ? " and f.learnerId = :l" : "")
                    + " order by f.id", FeedbackEntity.class).setParameter("c", classId);
            return (learnerOnly ? q.setParameter("l", caller.accountId()) : q).getResultStream().map(FeedbackEntity::toView).toList();
        });
    }

    public Item answer(Caller teacher, long classId, long questionId, Text body) {
        String text = text(body, MAX_ANSWER);
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, teacher);
        return jpa.txExpr(TransactionType.Required, em -> {
            FeedbackEntity f = em.find(FeedbackEntity.class, questionId);
            if (f == null || f.classId() != classId) {
                throw Problem.notFound("question", questionId);
            }
            f.answer(text, teacher.principal(), time.now());
            return f.toView();
        });
    }

    private static String text(Text body, int max) {
        if (body == null || body.text() == null || body.text().isBlank() || body.text().length() > max
                || body.text().lines().anyMatch(l -> !l.isBlank() && !PlainText.isPlain(l))) {
            throw Problem.invalidField("text", "1 to " + max + " characters of plain text");
        }
        return body.text().strip();
    }
}
