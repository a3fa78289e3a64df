package org.hourglass.classes.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.persistence.TypedQuery;
import javax.transaction.TransactionManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassLifecycle;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.classes.TransitionBody;
import org.hourglass.api.classes.TransitionView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.RosterFacts;
import org.hourglass.api.policy.Transition;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.TransientConflict;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Classes and their lifecycle. Every operation that needs the class's policy asks the registry first,
 * before any write, so an absent policy answers 503 and changes nothing (ARCHITECTURE principle 4);
 * reading a class never needs its policy. One request, one transaction.
 */
@Component(service = {ClassService.class, ClassDirectory.class, ClassLifecycle.class})
public class ClassService implements ClassDirectory, ClassLifecycle {
    private final JpaTemplate jpa;
    private final TransactionManager transactions;
    private final PolicyRegistry policies;
    private final TimeSource time;
    private final CourseDirectory catalog;
    private final OwnerFactsReader owners;

    @Activate
    public ClassService(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa,
            @Reference PolicyRegistry policies, @Reference TimeSource time, @Reference CourseDirectory catalog,
            @Reference OwnerFactsReader owners, @Reference TransactionManager transactions) {
        this.owners = owners;
        this.transactions = transactions;
        this.jpa = jpa;
        this.policies = policies;
        this.time = time;
        this.catalog = catalog;
    }

    public ClassView create(Caller caller, NewClass request) {
        List<FieldError> errors = NewClassValidator.validate(request);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the class has invalid fields", errors);
        }
        PartyKind ownerKind = ownerKindFor(caller, request);
        long ownerId = ownerIdFor(caller, ownerKind, request);
        TrainingPolicy policy = policies.require(request.policy());
        ClassContext draft = newEntity(request, ownerKind, ownerId, policy).toContext(0);
        List<FieldError> policyErrors = new ArrayList<>(policy.validateSettings(draft));
        int max = policy.rosterRules(draft).maxLearners();
        if (request.capacity() > max) {
            policyErrors.add(new FieldError("capacity", "policy " + request.policy() + " allows at most " + max + " learners"));
        }
        if (!policyErrors.isEmpty()) {
            throw Problem.invalid("the class does not fit policy " + request.policy(), policyErrors);
        }
        PackageView pkg = request.packageId() == null ? null : catalog.latestPackage(request.packageId())
                .orElseThrow(() -> Problem.invalidField("packageId", "no course package " + request.packageId()));
        // each attempt writes a new entity: one that lost a lock conflict is run again from nothing (issue 13)
        return TransientConflict.retried(transactions, "class creation", () -> jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity created = newEntity(request, ownerKind, ownerId, policy);
            if (pkg != null) {
                created.selectPackage(pkg.id(), pkg.version());
            }
            em.persist(created);
            em.flush();
            em.persist(new ClassTransitionEntity(created.id(), null, created.status(), caller.accountId(), caller.principal(),
                    "created", time.now()));
            return created.toView();
        }));
    }

    private ClassEntity newEntity(NewClass request, PartyKind ownerKind, long ownerId, TrainingPolicy policy) {
        Map<String, String> settings = request.settings() == null ? Map.of() : request.settings();
        return new ClassEntity(request.name().trim(), request.policy(), ownerKind, ownerId, request.startDate(),
                request.endDate(), policy.lifecycle().initialState(), request.capacity(), settings, time.now(), request.classType(),
                blankToNull(request.headTeacher()), blankToNull(request.notice()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PartyKind ownerKindFor(Caller caller, NewClass request) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            if (request.ownerKind() == null || request.ownerId() == null) {
                throw Problem.invalid("a platform admin names the owner", List.of(
                        new FieldError("ownerKind", "required for a platform admin"), new FieldError("ownerId", "required for a platform admin")));
            }
            return request.ownerKind();
        }
        if (caller.hasRole(Roles.ORG_ADMIN) && caller.organizationId() != null) {
            return PartyKind.ORGANIZATION;
        }
        if (caller.hasRole(Roles.INSTITUTION_STAFF) && caller.institutionId() != null) {
            return PartyKind.INSTITUTION;
        }
        throw Problem.forbidden("the account belongs to no organisation or institution");
    }

    private static long ownerIdFor(Caller caller, PartyKind kind, NewClass request) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return request.ownerId();
        }
        long own = kind == PartyKind.ORGANIZATION ? caller.organizationId() : caller.institutionId();
        if ((request.ownerKind() != null && request.ownerKind() != kind) || (request.ownerId() != null && request.ownerId() != own)) {
            throw Problem.forbidden("a class can only be created for the caller's own " + kind.name().toLowerCase());
        }
        return own;
    }

    /**
     * C-12: the class (re-)selects a course package and keeps its newest version from now on; later edits
     * of the package do not reach the class until it selects again. Refused once the class is closed.
     */
    public ClassView selectPackage(Caller caller, long id, long packageId) {
        PackageView pkg = catalog.latestPackage(packageId)
                .orElseThrow(() -> Problem.invalidField("packageId", "no course package " + packageId));
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = visible(em, caller, id);
            TrainingPolicy policy = policies.require(cls.policyCode());
            if (policy.lifecycle().closedStates().contains(cls.status())) {
                throw Problem.ruleViolated("C-12", "class " + id + " is " + cls.status() + "; its package can no longer change");
            }
            cls.selectPackage(pkg.id(), pkg.version());
            em.flush();
            return cls.toView();
        });
    }

    /** Whether the owner already runs a class under the policy (demo classes are created once). */
    boolean hasClass(String policyCode, PartyKind ownerKind, long ownerId) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select c.id from ClassEntity c where c.policyCode = :p "
                + "and c.ownerKind = :k and c.ownerId = :o", Long.class).setParameter("p", policyCode).setParameter("k", ownerKind)
                .setParameter("o", ownerId).setMaxResults(1).getResultList().isEmpty());
    }

    /** The class if the caller may see it; otherwise 404 (existence is not revealed). */
    public ClassView get(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (learnerOnly(caller)) { // C-26: a learner sees the classes he is on, and only those
                ClassEntity cls = em.find(ClassEntity.class, id);
                if (cls == null || !onRoster(em, id, caller.accountId())) {
                    throw Problem.notFound("class", id);
                }
                return cls.toView(false);
            }
            return visible(em, caller, id).toView();
        });
    }

    private static boolean learnerOnly(Caller caller) {
        return caller.hasRole(Roles.LEARNER) && !caller.seesEverything() && !caller.hasRole(Roles.ORG_ADMIN)
                && !caller.hasRole(Roles.INSTITUTION_STAFF);
    }

    private static boolean onRoster(EntityManager em, long classId, long learnerId) {
        return !em.createQuery("select r.id from RosterEntryEntity r where r.classId = :c and r.learnerId = :l", Long.class)
                .setParameter("c", classId).setParameter("l", learnerId).setMaxResults(1).getResultList().isEmpty();
    }

    public record Page(List<ClassView> items, long total) {
    }

    public Page list(Caller caller, Paging paging) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (learnerOnly(caller)) { // C-26 (seeds 001, 002): a learner lists his own classes, to switch between them
                String mine = " where c.id in (select r.classId from RosterEntryEntity r where r.learnerId = :l)";
                List<ClassView> items = em.createQuery("select c from ClassEntity c" + mine + " order by c.id", ClassEntity.class)
                        .setParameter("l", caller.accountId()).setFirstResult(paging.offset()).setMaxResults(paging.limit())
                        .getResultList().stream().map(c -> c.toView(false)).toList();
                return new Page(items, em.createQuery("select count(c) from ClassEntity c" + mine, Long.class)
                        .setParameter("l", caller.accountId()).getSingleResult());
            }
            String where = caller.seesEverything() ? ""
                    : " where c.ownerKind = :kind and c.ownerId = :owner";
            TypedQuery<ClassEntity> q = em.createQuery("select c from ClassEntity c" + where + " order by c.id", ClassEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(c) from ClassEntity c" + where, Long.class);
            if (!where.isEmpty()) {
                PartyKind kind = caller.hasRole(Roles.ORG_ADMIN) ? PartyKind.ORGANIZATION : PartyKind.INSTITUTION;
                Long owner = kind == PartyKind.ORGANIZATION ? caller.organizationId() : caller.institutionId();
                if (owner == null) {
                    return new Page(List.of(), 0);
                }
                q.setParameter("kind", kind).setParameter("owner", owner);
                count.setParameter("kind", kind).setParameter("owner", owner);
            }
            List<ClassView> items = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                    .stream().map(ClassEntity::toView).toList();
            return new Page(items, count.getSingleResult());
        });
    }

    /** Moves a class along its policy's lifecycle (C-20), guarded by the policy, audited. */
    @Override
    public TransitionView transition(Caller caller, long id, TransitionBody body) {
        if (body == null || body.to() == null || body.to().isBlank() || body.to().length() > 40) {
            throw Problem.invalidField("to", "required: the target state");
        }
        if (body.reason() != null && body.reason().length() > 500) {
            throw Problem.invalidField("reason", "at most 500 characters");
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                ClassEntity cls = visible(em, caller, id);
                TrainingPolicy policy = policies.require(cls.policyCode());
                LifecycleModel lifecycle = policy.lifecycle();
                Transition edge = lifecycle.edge(cls.status(), body.to()).orElseThrow(() -> Problem.ruleViolated("C-20",
                        "policy " + cls.policyCode() + " has no transition from " + cls.status() + " to " + body.to()));
                if (edge.roles().stream().noneMatch(caller::hasRole)) {
                    throw Problem.forbidden(cls.status() + " → " + body.to() + " is for " + String.join(", ", edge.roles()));
                }
                Instant now = time.now();
                RosterFacts roster = rosterFacts(em, id);
                TransitionOutcome outcome = policy.mayTransition(new TransitionRequest(cls.toContext(roster.size()), body.to(),
                        caller.accountId(), caller.roles(), body.reason(), owners.of(cls.ownerKind(), cls.ownerId()), roster, now));
                outcome.decision().orThrow();
                String from = cls.status();
                cls.moveTo(body.to(), outcome.newEndDate());
                ClassTransitionEntity audit = new ClassTransitionEntity(id, from, body.to(), caller.accountId(),
                        caller.principal(), body.reason(), now);
                em.persist(audit);
                em.flush();
                return audit.toView();
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof RollbackException && !(e.getCause() instanceof OptimisticLockException)) {
                throw e;
            }
            throw Problem.conflict("the class changed meanwhile; reload and retry");
        }
    }

    public List<TransitionView> transitions(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, caller, id);
            return em.createQuery("select t from ClassTransitionEntity t where t.classId = :id order by t.id", ClassTransitionEntity.class)
                    .setParameter("id", id).getResultList().stream().map(ClassTransitionEntity::toView).toList();
        });
    }

    /** The roster as the policy decides on it (BJ-15: the whole class applies), read in the transition's transaction. */
    private static RosterFacts rosterFacts(EntityManager em, long classId) {
        // BJ-1: a learner who left the organisation is in no claim of its classes (his roster row and facts stay)
        return new RosterFacts(em.createQuery("select r from RosterEntryEntity r where r.classId = :c and r.leftAt is null order by r.id",
                RosterEntryEntity.class)
                .setParameter("c", classId).getResultList().stream().map(RosterEntryEntity::toMember).toList());
    }

    /** The class entity (detached snapshot) if the caller may see it; 404 otherwise. */
    ClassContext contextOf(ClassEntity cls) {
        return jpa.txExpr(TransactionType.Required, em -> cls.toContext(RosterCount.of(em, cls)));
    }

    ClassEntity visibleEntity(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> visible(em, caller, id));
    }

    private static ClassEntity visible(EntityManager em, Caller caller, long id) {
        ClassEntity cls = em.find(ClassEntity.class, id);
        if (cls == null || !ClassOwnership.manages(caller, cls.ownerKind(), cls.ownerId())) {
            throw Problem.notFound("class", id);
        }
        return cls;
    }

    @Override
    public Optional<ClassView> find(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ClassEntity.class, classId)).map(ClassEntity::toView));
    }

    @Override
    public List<ClassView> list(String policyCode, int offset, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<ClassEntity> q = em.createQuery("select c from ClassEntity c"
                    + (policyCode == null ? "" : " where c.policyCode = :p") + " order by c.id", ClassEntity.class);
            if (policyCode != null) {
                q.setParameter("p", policyCode);
            }
            return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ClassEntity::toView).toList();
        });
    }

    @Override
    public List<RosterEntryView> roster(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r from RosterEntryEntity r where r.classId = :c order by r.id", RosterEntryEntity.class)
                .setParameter("c", classId).getResultList().stream().map(RosterEntryEntity::toView).toList());
    }

    @Override
    public Optional<RosterEntryView> rosterEntry(long classId, long learnerId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r from RosterEntryEntity r where r.classId = :c and r.learnerId = :l", RosterEntryEntity.class)
                .setParameter("c", classId).setParameter("l", learnerId).getResultStream().findFirst().map(RosterEntryEntity::toView));
    }

    @Override
    public Optional<ClassContext> context(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ClassEntity.class, classId))
                .map(c -> c.toContext(RosterCount.of(em, c))));
    }
}
