package org.hourglass.classes.internal;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.transaction.TransactionManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.classes.GroupAssignment;
import org.hourglass.api.classes.GroupBody;
import org.hourglass.api.classes.GroupView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.TaskBody;
import org.hourglass.api.classes.TaskChange;
import org.hourglass.api.classes.TaskView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.TransientConflict;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Study groups and learning tasks (C-22): tasks go to the whole class or to one group; a learner's
 * group can be changed. A learner sees the tasks for the class or their group, and nothing before the
 * class start date (C-23, BJ Q23, Q66).
 */
@Component(service = GroupTaskService.class)
public class GroupTaskService {
    private final JpaTemplate jpa;
    private final ClassService classes;
    private final CourseDirectory courses;
    private final TimeSource time;
    private final PolicyRegistry policies;
    private final ClassParticipants participants;
    private final TransactionManager transactions;

    @Activate
    public GroupTaskService(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa, @Reference ClassService classes,
            @Reference CourseDirectory courses, @Reference TimeSource time, @Reference PolicyRegistry policies,
            @Reference ClassParticipants participants, @Reference TransactionManager transactions) {
        this.participants = participants;
        this.transactions = transactions;
        this.policies = policies;
        this.jpa = jpa;
        this.classes = classes;
        this.courses = courses;
        this.time = time;
    }

    public GroupView createGroup(Caller caller, long classId, GroupBody body) {
        if (body == null || body.name() == null || body.name().isBlank() || body.name().length() > 50) {
            throw Problem.invalidField("name", "required, at most 50 characters");
        }
        classes.visibleEntity(caller, classId);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                GroupEntity g = new GroupEntity(classId, body.name().trim());
                em.persist(g);
                em.flush();
                return g.toView(0);
            });
        } catch (PersistenceException e) {
            throw Problem.conflict("the class has a group named " + body.name().trim());
        }
    }

    public List<GroupView> groups(Caller caller, long classId) {
        classes.visibleEntity(caller, classId);
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select g from GroupEntity g where g.classId = :c order by g.id", GroupEntity.class)
                .setParameter("c", classId).getResultList().stream()
                .map(g -> g.toView(em.createQuery("select count(r) from RosterEntryEntity r where r.groupId = :g", Long.class)
                        .setParameter("g", g.id()).getSingleResult().intValue())).toList());
    }

    /** C-22: moves a learner of the roster to another group (or none). */
    public RosterEntryView assign(Caller caller, long classId, long learnerId, GroupAssignment body) {
        classes.visibleEntity(caller, classId);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (body != null && body.groupId() != null) {
                group(em, classId, body.groupId());
            }
            RosterEntryEntity entry = em.createQuery("select r from RosterEntryEntity r where r.classId = :c and r.learnerId = :l",
                    RosterEntryEntity.class).setParameter("c", classId).setParameter("l", learnerId)
                    .getResultStream().findFirst().orElseThrow(() -> Problem.notFound("learner on the roster", learnerId));
            entry.moveToGroup(body == null ? null : body.groupId());
            return entry.toView();
        });
    }

    /**
     * Publishes a task (C-22) in one transaction (issue 13): the participants take their part first (commerce: one
     * copy of the course per learner of the audience under a per-copy policy, BJ-10), then the task is written; if
     * anything fails, nothing of it remains — no copy is taken by no task.
     */
    public TaskView publish(Caller caller, long classId, TaskBody body) {
        if (body == null || body.courseId() == null) {
            throw Problem.invalidField("courseId", "required");
        }
        if (courses.find(body.courseId()).isEmpty()) {
            throw Problem.invalidField("courseId", "no course " + body.courseId());
        }
        return TransientConflict.retried(transactions, "task publish", () -> jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = classes.visibleEntity(caller, classId);
            if (body.groupId() != null) {
                group(em, classId, body.groupId());
            }
            if (hasTask(em, classId, body.courseId(), body.groupId())) {
                throw Problem.conflict("course " + body.courseId() + " is already a task for this audience");
            }
            TrainingPolicy policy = policies.require(cls.policyCode());
            participants.taskPublished(new TaskChange(classes.contextOf(cls), policy, body.courseId(), body.groupId(),
                    audience(em, classId, body.groupId()), time.now()));
            TaskEntity task = new TaskEntity(classId, body.courseId(), body.groupId(), caller.accountId(), time.now());
            em.persist(task);
            em.flush();
            return task.toView();
        }));
    }

    private static boolean hasTask(EntityManager em, long classId, long courseId, Long groupId) {
        var q = em.createQuery("select t.id from TaskEntity t where t.classId = :c and t.courseId = :k and "
                + (groupId == null ? "t.groupId is null" : "t.groupId = :g")).setParameter("c", classId).setParameter("k", courseId);
        if (groupId != null) {
            q.setParameter("g", groupId);
        }
        return !q.getResultList().isEmpty();
    }

    /** The learners a task reaches: the whole roster, or one group's members. */
    private static List<Long> audience(EntityManager em, long classId, Long groupId) {
        var q = em.createQuery("select r.learnerId from RosterEntryEntity r where r.classId = :c"
                + (groupId == null ? "" : " and r.groupId = :g"), Long.class).setParameter("c", classId);
        return (groupId == null ? q : q.setParameter("g", groupId)).getResultList();
    }

    /**
     * Withdraws a task (C-25) in one transaction: the participants agree and take their part (records: only while no
     * learner studied its course 10 minutes or more in the class; commerce: the audience's copies go back, BJ-10).
     */
    public void withdraw(Caller caller, long classId, long taskId) {
        jpa.tx(TransactionType.Required, em -> {
            ClassEntity cls = classes.visibleEntity(caller, classId);
            TaskEntity task = em.find(TaskEntity.class, taskId);
            if (task == null || task.classId() != classId) {
                throw Problem.notFound("task", taskId);
            }
            TrainingPolicy policy = policies.require(cls.policyCode());
            participants.taskWithdrawn(new TaskChange(classes.contextOf(cls), policy, task.courseId(), task.groupId(),
                    audience(em, classId, task.groupId()), time.now()));
            em.remove(task);
        });
    }

    /** Staff see every task; a learner on the roster sees theirs, and nothing before the start date (C-23). */
    public List<TaskView> tasks(Caller caller, long classId) {
        if (!caller.hasRole(Roles.LEARNER) || caller.roles().size() > 1) {
            classes.visibleEntity(caller, classId);
            return jpa.txExpr(TransactionType.Required, em -> em
                    .createQuery("select t from TaskEntity t where t.classId = :c order by t.id", TaskEntity.class)
                    .setParameter("c", classId).getResultList().stream().map(TaskEntity::toView).toList());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = em.find(ClassEntity.class, classId);
            RosterEntryEntity entry = cls == null ? null : em.createQuery(
                    "select r from RosterEntryEntity r where r.classId = :c and r.learnerId = :l", RosterEntryEntity.class)
                    .setParameter("c", classId).setParameter("l", caller.accountId()).getResultStream().findFirst().orElse(null);
            if (entry == null) {
                throw Problem.notFound("class", classId);
            }
            if (time.today().isBefore(cls.startDate())) {
                return List.<TaskView>of();
            }
            return em.createQuery("select t from TaskEntity t where t.classId = :c and (t.groupId is null or t.groupId = :g) order by t.id",
                    TaskEntity.class).setParameter("c", classId).setParameter("g", entry.groupId() == null ? -1L : entry.groupId())
                    .getResultList().stream().map(TaskEntity::toView).toList();
        });
    }

    private static GroupEntity group(EntityManager em, long classId, long groupId) {
        GroupEntity g = em.find(GroupEntity.class, groupId);
        if (g == null || g.classId() != classId) {
            throw Problem.invalidField("groupId", "no group " + groupId + " in this class");
        }
        return g;
    }
}
