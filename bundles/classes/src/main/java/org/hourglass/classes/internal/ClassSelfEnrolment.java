package org.hourglass.classes.internal;

import java.time.Instant;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.SelfEnrolment;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-3: a learner who enrolled himself (his enrolment order paid) goes on the class's roster, in the caller's transaction —
 * the payment's — under the class row's lock, so the capacity holds against imports and other payments at the same moment.
 */
@Component(service = SelfEnrolment.class)
public class ClassSelfEnrolment implements SelfEnrolment {
    private final JpaTemplate jpa;
    private final PolicyRegistry policies;
    private final LearnerDirectory learners;
    private final OwnerFactsReader owners;
    private final TimeSource time;
    private final ClassParticipants participants;

    @Activate
    public ClassSelfEnrolment(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa, @Reference PolicyRegistry policies,
            @Reference LearnerDirectory learners, @Reference OwnerFactsReader owners, @Reference TimeSource time,
            @Reference ClassParticipants participants) {
        this.participants = participants;
        this.jpa = jpa;
        this.policies = policies;
        this.learners = learners;
        this.owners = owners;
        this.time = time;
    }

    @Override
    public RosterEntryView enrol(long classId, long learnerId) {
        LearnerView learner = learners.find(learnerId).orElseThrow(() -> Problem.notFound("learner", learnerId));
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = em.find(ClassEntity.class, classId, LockModeType.PESSIMISTIC_WRITE);
            if (cls == null) {
                throw Problem.notFound("class", classId);
            }
            RosterEntryEntity existing = entry(em, classId, learnerId);
            if (existing != null) {
                return existing.toView();
            }
            TrainingPolicy policy = policies.require(cls.policyCode());
            int size = RosterCount.of(em, cls);
            ClassContext ctx = cls.toContext(size);
            RosterRules rules = policy.rosterRules(ctx);
            if (!rules.editableStates().contains(ctx.status())) {
                throw Problem.ruleViolated("C-21", "class " + classId + " is " + ctx.status() + "; its roster does not take learners now");
            }
            int limit = rules.capacityIsHardLimit() ? Math.min(rules.maxLearners(), ctx.capacity()) : rules.maxLearners();
            if (size >= limit) {
                throw Problem.ruleViolated("C-20", "class " + classId + " is full (" + limit + " learners)");
            }
            Instant now = time.now();
            policy.mayEnrol(new EnrolmentRequest(ctx, learnerId, learner.idType(), EnrolmentChannel.SELF_ENROL, 0,
                    owners.of(ctx.owner().kind(), ctx.owner().id()), now)).orThrow();
            RosterEntryEntity e = new RosterEntryEntity(classId, learnerId, learner.organizationId(), cls.ownerKind(), cls.ownerId(),
                    EnrolmentChannel.SELF_ENROL, now, null);
            em.persist(e);
            RosterCount.recount(em, classId);
            return e.toView();
        });
    }

    @Override
    public void withdraw(long classId, long learnerId) {
        jpa.tx(TransactionType.Required, em -> {
            ClassEntity cls = em.find(ClassEntity.class, classId, LockModeType.PESSIMISTIC_WRITE);
            RosterEntryEntity existing = cls == null ? null : entry(em, classId, learnerId);
            if (existing == null) {
                return;
            }
            TrainingPolicy policy = policies.require(cls.policyCode());
            participants.learnerLeaving(new org.hourglass.api.classes.RosterChange(cls.toContext(RosterCount.of(em, cls)), policy,
                    learnerId, time.now()));
            em.remove(existing);
            RosterCount.recount(em, classId);
        });
    }

    private static RosterEntryEntity entry(EntityManager em, long classId, long learnerId) {
        return em.createQuery("select r from RosterEntryEntity r where r.classId = :c and r.learnerId = :l", RosterEntryEntity.class)
                .setParameter("c", classId).setParameter("l", learnerId).getResultStream().findFirst().orElse(null);
    }
}
