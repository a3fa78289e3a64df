package org.hourglass.records.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Disqualifications;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Anti-cheating (C-38): pop-up questions that pause credit until answered right (the question comes
 * from the course's practice pools and mock exams (C-14), else a small sum), and disqualification, which clears a learner's
 * credited coverage in a class while every beat stays as evidence.
 */
@Component(service = {Challenges.class, Disqualifications.class})
public class Challenges implements Disqualifications {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final CourseDirectory catalog;
    private final ClassDirectory classes;
    private final TimeSource time;
    private final ClassFacts facts;

    @Activate
    public Challenges(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference CourseDirectory catalog,
            @Reference ClassDirectory classes, @Reference TimeSource time, @Reference ClassFacts facts) {
        this.jpa = jpa;
        this.catalog = catalog;
        this.classes = classes;
        this.time = time;
        this.facts = facts;
    }

    static ChallengeEntity open(EntityManager em, long learnerId, long classId) {
        return em.createQuery("select c from ChallengeEntity c where c.learnerId = :l and c.classId = :c and c.answeredAt is null "
                + "order by c.id desc", ChallengeEntity.class).setParameter("l", learnerId).setParameter("c", classId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    static boolean disqualified(EntityManager em, long learnerId, long classId) {
        return !em.createQuery("select d.id from DisqualificationEntity d where d.learnerId = :l and d.classId = :c", Long.class)
                .setParameter("l", learnerId).setParameter("c", classId).getResultList().isEmpty();
    }

    ChallengeEntity issue(EntityManager em, long learnerId, long classId, CourseView course, Instant now) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        // C-14 (seed 003 "作业、模考试题"): pop-ups come from the course's practice pools and mock exams, never its exam paper
        List<QuestionBody> pool = catalog.pools(course.id()).stream().flatMap(p -> p.questions().stream()).toList();
        Optional<QuestionBody> q = pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(RANDOM.nextInt(pool.size())));
        ChallengeEntity c;
        if (q.isPresent()) {
            QuestionBody b = q.get();
            List<String> options = b.kind() == QuestionKind.TRUE_FALSE ? List.of("True", "False") : b.options();
            c = new ChallengeEntity(HexFormat.of().formatHex(nonce), learnerId, classId, b.stem(), options, b.answer(), now);
        } else {
            int a = 2 + RANDOM.nextInt(8);
            int b = 2 + RANDOM.nextInt(8);
            int right = RANDOM.nextInt(3);
            List<String> options = List.of(String.valueOf(a + b + (right == 0 ? 0 : -1 - right)),
                    String.valueOf(a + b + (right == 1 ? 0 : 1)), String.valueOf(a + b + (right == 2 ? 0 : 2)));
            c = new ChallengeEntity(HexFormat.of().formatHex(nonce), learnerId, classId, a + " + " + b + " = ?", options, List.of(right), now);
        }
        em.persist(c);
        return c;
    }

    /** A learner's answer to a pop-up question; a wrong one is recorded and the question stays open. */
    public boolean answer(long learnerId, String nonce, List<Integer> picked) {
        Instant now = time.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            ChallengeEntity c = em.createQuery("select c from ChallengeEntity c where c.nonce = :n", ChallengeEntity.class)
                    .setParameter("n", nonce == null ? "" : nonce).getResultStream().findFirst()
                    .filter(x -> x.learnerId() == learnerId).orElseThrow(() -> Problem.notFound("challenge", nonce));
            if (!c.open()) {
                throw Problem.ruleViolated("C-38", "this pop-up question was already answered");
            }
            boolean right = c.answer(picked, now);
            if (!right) {
                em.persist(new StudyEventEntity(learnerId, c.classId(), "WRONG_POPUP_ANSWER", null, now, "nonce " + nonce));
            }
            return right;
        });
    }

    @Override
    public boolean isDisqualified(long classId, long learnerId) {
        return jpa.txExpr(TransactionType.Required, em -> disqualified(em, learnerId, classId));
    }

    /**
     * C-38, BJ Q10: a learner found cheating loses all credited time in the class (coverage and ledger);
     * beats, events and the decision stay. Once per learner and class.
     */
    @Override
    public void disqualify(Caller caller, long classId, long learnerId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Problem.invalidField("reason", "required, at most 500 characters");
        }
        classes.find(classId).filter(c -> ClassOwnership.manages(caller, c)).orElseThrow(() -> Problem.notFound("class", classId));
        if (classes.rosterEntry(classId, learnerId).isEmpty()) {
            throw Problem.notFound("learner on the roster", learnerId);
        }
        Instant now = time.now();
        facts.ensure(classId);
        jpa.tx(TransactionType.Required, em -> {
            // first, as the beat writer does: the class's change count, then the learner's rows (one lock order, issue 19)
            ClassFacts.changed(em, classId);
            if (disqualified(em, learnerId, classId)) {
                throw Problem.ruleViolated("C-38", "learner " + learnerId + " is already disqualified in class " + classId);
            }
            em.persist(new DisqualificationEntity(learnerId, classId, reason.trim(), caller.accountId(), now));
            em.createQuery("select c from ChapterProgressEntity c where c.learnerId = :l and c.classId = :c", ChapterProgressEntity.class)
                    .setParameter("l", learnerId).setParameter("c", classId).getResultList().forEach(ChapterProgressEntity::clear);
            em.createQuery("select d from DayLedgerEntity d where d.learnerId = :l and d.classId = :c", DayLedgerEntity.class)
                    .setParameter("l", learnerId).setParameter("c", classId).getResultList().forEach(DayLedgerEntity::clear);
            em.persist(new StudyEventEntity(learnerId, classId, "DISQUALIFIED", null, now, reason.trim()));
            // C-41: a certificate already issued for the class is revoked; its public verification says so, and since when
            em.createQuery("update CertificateEntity c set c.revokedAt = :at, c.revocationReason = :r where c.learnerId = :l "
                    + "and c.classId = :c and c.revokedAt is null").setParameter("at", now)
                    .setParameter("r", "the holder was disqualified for cheating (C-38)").setParameter("l", learnerId)
                    .setParameter("c", classId).executeUpdate();
        });
    }
}
