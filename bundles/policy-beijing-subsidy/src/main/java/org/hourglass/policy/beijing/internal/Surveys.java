package org.hourglass.policy.beijing.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** BJ-14 (Q8, Q59): the satisfaction survey — one answer per learner and class; an organisation applies while under 30 % are negative. */
@Component(service = Surveys.class)
public class Surveys {
    static final Set<String> ANSWERS = Set.of("POSITIVE", "NEUTRAL", "NEGATIVE");

    private final JpaTemplate jpa;
    private final BeijingStore store;
    private final Estimates estimates;
    private final ClassDirectory classes;
    private final TimeSource time;

    @Activate
    public Surveys(@Reference BeijingStore store, @Reference Estimates estimates, @Reference ClassDirectory classes,
            @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.store = store;
        this.estimates = estimates;
        this.classes = classes;
        this.time = time;
    }

    public record Answer(Long classId, String answer, String comment) {
    }

    public void answer(long learnerId, Answer body) {
        Problem.requireBody(body);
        if (body.classId() == null || body.classId() <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        if (body.answer() == null || !ANSWERS.contains(body.answer())) {
            throw Problem.invalidField("answer", "POSITIVE, NEUTRAL or NEGATIVE");
        }
        if (body.comment() != null && body.comment().length() > 500) {
            throw Problem.invalidField("comment", "at most 500 characters");
        }
        ClassContext cls = estimates.beijingClass(body.classId());
        if (classes.rosterEntry(cls.classId(), learnerId).isEmpty()) {
            throw Problem.notFound("class", cls.classId());
        }
        try {
            jpa.tx(TransactionType.Required, em -> {
                em.persist(new SurveyAnswerEntity(cls.classId(), cls.owner().id(), learnerId, body.answer(), body.comment(), time.now()));
                em.flush(); // a second answer fails here as a PersistenceException, not at the JTA commit
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("BJ-14: the learner answered this class's survey already");
            }
            throw e;
        }
    }

    /** {@code organizationNegativePercent} is for reading (two decimals); {@code mayApply} compares the counts exactly (BJ-14). */
    public record Summary(long organizationId, Map<String, Long> classAnswers, long organizationNegativeAnswers, long organizationAnswers,
            java.math.BigDecimal organizationNegativePercent, int limitPercent, boolean mayApply) {
    }

    public Summary summary(ClassContext cls, int limitPercent) {
        Map<String, Long> counts = new TreeMap<>();
        ANSWERS.forEach(a -> counts.put(a, 0L));
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s.answer, count(s) from SurveyAnswerEntity s where s.classId = :c "
                + "group by s.answer", Object[].class).setParameter("c", cls.classId()).getResultList())
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        NegativeShare negative = store.negativeShare(cls.owner().id());
        return new Summary(cls.owner().id(), counts, negative.negative(), negative.all(), negative.percent(), limitPercent,
                negative.under(limitPercent));
    }
}
