package org.hourglass.classes.internal;

import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassChange;
import org.hourglass.api.classes.ClassEdit;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterChange;
import org.hourglass.api.classes.TaskChange;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-28 (seed 003): a class is edited and deleted "per its policy's states". Before it leaves its policy's initial state
 * (开班前) every fact may change and the class may be deleted; while it runs only the notice changes ("开课期间，您可以随时
 * 修改公告"), and the capacity by platform staff ("开班后，如果需要增加学习名额，请联系…商务专员"); a closed class is final.
 * A deletion is one transaction with the participants: tasks are withdrawn and learners leave as if one by one
 * (copies go back, C-25 vetoes apply), then the class goes; any refusal leaves everything as it was.
 */
@Component(service = ClassEditing.class)
public class ClassEditing {
    private final JpaTemplate jpa;
    private final PolicyRegistry policies;
    private final TimeSource time;
    private final ClassParticipants participants;

    @Activate
    public ClassEditing(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa, @Reference PolicyRegistry policies,
            @Reference TimeSource time, @Reference ClassParticipants participants) {
        this.jpa = jpa;
        this.policies = policies;
        this.time = time;
        this.participants = participants;
    }

    public ClassView edit(Caller caller, long classId, ClassEdit edit) {
        List<FieldError> errors = NewClassValidator.validate(edit);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the edit has invalid fields", errors);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = lockedVisible(em, caller, classId);
            TrainingPolicy policy = policies.require(cls.policyCode());
            LifecycleModel lifecycle = policy.lifecycle();
            if (lifecycle.closedIn(cls.status())) {
                throw Problem.ruleViolated("C-28", "class " + classId + " is " + cls.status() + "; a closed class no longer changes");
            }
            boolean beforeOpening = cls.status().equals(lifecycle.initialState());
            if (!beforeOpening) {
                refuseRunningChanges(cls, edit, caller);
            }
            if (edit.startDate() != null && edit.endDate() == null && cls.endDate() != null && cls.endDate().isBefore(edit.startDate())) {
                throw Problem.invalidField("startDate", "must not be after the class's end date " + cls.endDate());
            }
            if (edit.endDate() != null && edit.startDate() == null && edit.endDate().isBefore(cls.startDate())) {
                throw Problem.invalidField("endDate", "must not be before the class's start date " + cls.startDate());
            }
            int roster = rosterSize(em, classId);
            if (edit.capacity() != null) {
                if (edit.capacity() < roster) {
                    throw Problem.invalidField("capacity", roster + " learners are on the roster already");
                }
                int max = policy.rosterRules(cls.toContext(roster)).maxLearners();
                if (edit.capacity() > max) {
                    throw Problem.invalidField("capacity", "policy " + cls.policyCode() + " allows at most " + max + " learners");
                }
            }
            cls.edit(edit);
            em.persist(new ClassTransitionEntity(classId, cls.status(), cls.status(), caller.accountId(), caller.principal(),
                    "edited", time.now()));
            em.flush();
            return cls.toView();
        });
    }

    private static void refuseRunningChanges(ClassEntity cls, ClassEdit edit, Caller caller) {
        boolean facts = edit.name() != null || edit.classType() != null || edit.headTeacher() != null || edit.startDate() != null
                || edit.endDate() != null;
        if (facts) {
            throw Problem.ruleViolated("C-28", "class " + cls.id() + " is " + cls.status() + ": after opening only its notice "
                    + "changes (seed 003), and its capacity through platform staff");
        }
        if (edit.capacity() != null && edit.capacity() != cls.capacity() && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw Problem.forbidden("after opening, the capacity is changed by platform staff (seed 003: 请联系…商务专员)");
        }
    }

    /** Deletes a class that has not opened, with its roster, groups and tasks (C-28). */
    public void delete(Caller caller, long classId) {
        jpa.tx(TransactionType.Required, em -> {
            ClassEntity cls = lockedVisible(em, caller, classId);
            TrainingPolicy policy = policies.require(cls.policyCode());
            if (!cls.status().equals(policy.lifecycle().initialState())) {
                throw Problem.ruleViolated("C-28", "class " + classId + " is " + cls.status() + "; only a class that has not opened ("
                        + policy.lifecycle().initialState() + ") can be deleted");
            }
            Instant now = time.now();
            ClassContext ctx = cls.toContext(rosterSize(em, classId));
            for (TaskEntity task : em.createQuery("select t from TaskEntity t where t.classId = :c", TaskEntity.class)
                    .setParameter("c", classId).getResultList()) {
                participants.taskWithdrawn(new TaskChange(ctx, policy, task.courseId(), task.groupId(),
                        audience(em, classId, task.groupId()), now));
                em.remove(task);
            }
            for (Long learner : audience(em, classId, null)) {
                participants.learnerLeaving(new RosterChange(ctx, policy, learner, now));
            }
            participants.classDeleting(new ClassChange(ctx, policy, now));
            em.createQuery("delete from RosterEntryEntity r where r.classId = :c").setParameter("c", classId).executeUpdate();
            em.createQuery("delete from GroupEntity g where g.classId = :c").setParameter("c", classId).executeUpdate();
            em.persist(new ClassTransitionEntity(classId, cls.status(), "DELETED", caller.accountId(), caller.principal(), "deleted", now));
            em.remove(cls);
        });
    }

    private static ClassEntity lockedVisible(EntityManager em, Caller caller, long classId) {
        ClassEntity cls = em.find(ClassEntity.class, classId, LockModeType.PESSIMISTIC_WRITE);
        if (cls == null || !org.hourglass.api.classes.ClassOwnership.manages(caller, cls.ownerKind(), cls.ownerId())) {
            throw Problem.notFound("class", classId);
        }
        return cls;
    }

    private static int rosterSize(EntityManager em, long classId) {
        return em.createQuery("select count(r) from RosterEntryEntity r where r.classId = :c", Long.class)
                .setParameter("c", classId).getSingleResult().intValue();
    }

    private static List<Long> audience(EntityManager em, long classId, Long groupId) {
        var q = em.createQuery("select r.learnerId from RosterEntryEntity r where r.classId = :c"
                + (groupId == null ? "" : " and r.groupId = :g"), Long.class).setParameter("c", classId);
        return (groupId == null ? q : q.setParameter("g", groupId)).getResultList();
    }
}
