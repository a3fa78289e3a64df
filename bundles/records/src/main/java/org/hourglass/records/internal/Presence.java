package org.hourglass.records.internal;

import org.hourglass.api.documents.ContentHash;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.verification.FaceVerifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Proof of presence (C-38, seed 003): daily sign-ins (once, or twice split at 12:00) and photo captures
 * every N minutes, checked by the face verifier when one is deployed. When the class policy asks for
 * them, study is credited only while they are in place.
 */
@Component(service = Presence.class)
public class Presence {
    static final int MAX_PHOTO_BYTES = 512 * 1024;
    private static final LocalTime NOON = LocalTime.NOON;

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final StudyGate gate;
    private final ClassDirectory classes;
    private final LearnerDirectory learners;
    private final PolicyRegistry policies;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FaceVerifier faces;

    @Activate
    public Presence(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference StudyGate gate, @Reference ClassDirectory classes, @Reference LearnerDirectory learners,
            @Reference PolicyRegistry policies) {
        this.jpa = jpa;
        this.time = time;
        this.gate = gate;
        this.classes = classes;
        this.learners = learners;
        this.policies = policies;
    }

    public record SignIn(long classId, LocalDate day, String slot, Instant signedAt) {
    }

    public record Photo(long id, String sha256, Boolean faceMatch, Instant takenAt) {
    }

    static String slot(int signInsPerDay, LocalTime clock) {
        return signInsPerDay < 2 ? "DAY" : clock.isBefore(NOON) ? "MORNING" : "AFTERNOON";
    }

    public SignIn signIn(long learnerId, long classId) {
        ClassView cls = gate.classOf(learnerId, classId);
        CreditingRules rules = rules(cls);
        if (rules.signInsPerDay() == 0) {
            throw Problem.ruleViolated("C-38", "class " + classId + " takes no sign-ins");
        }
        Instant now = time.now();
        LocalDate day = time.today();
        String slot = slot(rules.signInsPerDay(), time.nowLocal().toLocalTime());
        try {
            jpa.tx(TransactionType.Required, em -> {
                em.persist(new SignInEntity(learnerId, classId, day, slot, now));
                em.flush(); // a second sign-in of the slot fails here, not at the JTA commit
            });
        } catch (PersistenceException e) {
            throw Problem.ruleViolated("C-38", "already signed in for " + day + " " + slot);
        }
        return new SignIn(classId, day, slot, now);
    }

    public Photo photo(long learnerId, long classId, byte[] image, String contentType) {
        gate.classOf(learnerId, classId);
        if (image.length == 0) {
            throw Problem.invalidField("photo", "an image is required");
        }
        FaceVerifier verifier = faces;
        Boolean match = null;
        if (verifier != null) {
            try {
                match = verifier.matches(learnerId, learners.find(learnerId).map(l -> l.idNumber()).orElse(null), image, contentType);
            } catch (IllegalStateException e) {
                match = null;
            }
        }
        String sha = ContentHash.sha256(image);
        Instant now = time.now();
        Boolean verdict = match;
        PhotoEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(PhotoBlobEntity.class, sha) == null) {
                em.persist(new PhotoBlobEntity(sha, image));
            }
            PhotoEntity p = new PhotoEntity(learnerId, classId, sha, contentType, now, verdict);
            em.persist(p);
            em.flush();
            if (Boolean.FALSE.equals(verdict)) {
                em.persist(new StudyEventEntity(learnerId, classId, "FACE_MISMATCH", null, now, "photo " + p.id() + " sha256 " + sha));
            }
            return p;
        });
        return new Photo(saved.id(), sha, verdict, now);
    }

    /** What presence proof is missing for crediting now, as a C-38 note; null when none is. */
    static String missing(EntityManager em, CreditingRules rules, long learnerId, long classId, LocalDate day, LocalTime clock,
            Instant now) {
        if (rules.signInsPerDay() > 0) {
            String slot = slot(rules.signInsPerDay(), clock);
            boolean signed = !em.createQuery("select s.id from SignInEntity s where s.learnerId = :l and s.classId = :c "
                    + "and s.day = :d and s.slot = :s", Long.class).setParameter("l", learnerId).setParameter("c", classId)
                    .setParameter("d", day).setParameter("s", slot).getResultList().isEmpty();
            if (!signed) {
                return "C-38: sign in for this " + slot.toLowerCase() + " first (POST /api/v1/learning/sign-ins)";
            }
        }
        if (rules.photoEveryMinutes() > 0) {
            List<Boolean> recent = em.createQuery("select p.faceMatch from PhotoEntity p where p.learnerId = :l and p.classId = :c "
                    + "and p.takenAt > :since order by p.takenAt desc", Boolean.class).setParameter("l", learnerId)
                    .setParameter("c", classId).setParameter("since", now.minus(Duration.ofMinutes(rules.photoEveryMinutes())))
                    .setMaxResults(1).getResultList();
            if (recent.isEmpty() || Boolean.FALSE.equals(recent.get(0))) {
                return "C-38: a photo capture is due (every " + rules.photoEveryMinutes() + " minutes, face verified)";
            }
        }
        return null;
    }

    private CreditingRules rules(ClassView cls) {
        return policies.require(cls.policy()).creditingRules(classes.context(cls.id())
                .orElseThrow(() -> Problem.notFound("class", cls.id())));
    }
}
