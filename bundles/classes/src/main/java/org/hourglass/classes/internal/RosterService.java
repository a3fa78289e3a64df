package org.hourglass.classes.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.transaction.TransactionManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.EnsuredLearner;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.accounts.NewLearner;
import org.hourglass.api.classes.ImportReport;
import org.hourglass.api.classes.RosterChange;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.RosterRow;
import org.hourglass.api.classes.RowError;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.TransientConflict;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Roster imports (C-21): every row is checked (C-1 ID numbers, the policy's ID types, duplicates in the
 * file, C-24 one class per organisation and one organisation at a time, the policy's roster limit and
 * enrolment guard); valid rows are imported, invalid ones reported by row. {@code dryRun} writes nothing.
 * An import is ONE transaction (issue 13): the learner accounts the accounts bundle creates for it and the roster
 * rows commit together or not at all, so no account is ever left without the roster row it was created for.
 */
@Component(service = RosterService.class)
public class RosterService {
    static final int MAX_ROWS = 2000;

    private final JpaTemplate jpa;
    private final TransactionManager transactions;
    private final PolicyRegistry policies;
    private final TimeSource time;
    private final LearnerDirectory learners;
    private final ClassService classes;
    private final ClassParticipants participants;
    private final OwnerFactsReader owners;

    @Activate
    public RosterService(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa, @Reference PolicyRegistry policies,
            @Reference TimeSource time, @Reference LearnerDirectory learners, @Reference ClassService classes,
            @Reference ClassParticipants participants, @Reference OwnerFactsReader owners, @Reference TransactionManager transactions) {
        this.owners = owners;
        this.transactions = transactions;
        this.participants = participants;
        this.jpa = jpa;
        this.policies = policies;
        this.time = time;
        this.learners = learners;
        this.classes = classes;
    }

    /**
     * Takes a learner off the roster (C-25): only while the policy lets the roster change and the participants agree
     * (records: under 10 minutes studied; commerce gives the learner's copies back, BJ-10) — all in one transaction.
     * The learner's records stay (facts are never deleted).
     */
    public void remove(Caller caller, long classId, long learnerId) {
        jpa.tx(TransactionType.Required, em -> {
            classes.visibleEntity(caller, classId);
            // roster writes take turns under the class row's lock, which keeps its roster count exact (issue 19)
            ClassEntity cls = em.find(ClassEntity.class, classId, LockModeType.PESSIMISTIC_WRITE);
            TrainingPolicy policy = policies.require(cls.policyCode());
            ClassContext ctx = cls.toContext(RosterCount.of(em, cls));
            if (!policy.rosterRules(ctx).editableStates().contains(ctx.status())) {
                throw Problem.ruleViolated("C-21", "the roster of a " + ctx.status() + " class cannot change under policy " + cls.policyCode());
            }
            if (!learnersOn(classId).contains(learnerId)) {
                throw Problem.notFound("learner on the roster", learnerId);
            }
            participants.learnerLeaving(new RosterChange(ctx, policy, learnerId, time.now()));
            em.createQuery("delete from RosterEntryEntity r where r.classId = :c and r.learnerId = :l")
                    .setParameter("c", classId).setParameter("l", learnerId).executeUpdate();
            RosterCount.recount(em, classId);
        });
    }

    /**
     * C-27 learner management "修改" (seed 003: "开班后至结业前，学员报名信息可以补充和修改"): the roster entry's contact, free text
     * as on import (C-21), until the class closes. Name and ID number are the learner's account, not the roster's.
     */
    public RosterEntryView editContact(Caller caller, long classId, long learnerId, String contact) {
        if (contact != null && (contact.length() > 100 || (!contact.isBlank() && !org.hourglass.api.text.PlainText.isPlain(contact)))) {
            throw Problem.invalidField("contact", "at most 100 characters, no control or format characters");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity cls = classes.visibleEntity(caller, classId);
            if (policies.require(cls.policyCode()).lifecycle().closedIn(cls.status())) {
                throw Problem.ruleViolated("C-27", "class " + classId + " is " + cls.status() + "; its roster no longer changes (结业)");
            }
            RosterEntryEntity entry = em.createQuery("select r from RosterEntryEntity r where r.classId = :c and r.learnerId = :l",
                    RosterEntryEntity.class).setParameter("c", classId).setParameter("l", learnerId).getResultStream().findFirst()
                    .orElseThrow(() -> Problem.notFound("learner on the roster", learnerId));
            entry.contact(contact);
            return entry.toView();
        });
    }

    public ImportReport importRows(Caller caller, long classId, List<RosterRow> rows, boolean dryRun) {
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw Problem.invalid("a roster import has 1 to " + MAX_ROWS + " rows", List.of());
        }
        try {
            return TransientConflict.retried(transactions, "roster import",
                    () -> jpa.txExpr(TransactionType.Required, em -> importInTransaction(em, caller, classId, rows, dryRun)));
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("a learner of this file was imported or enrolled meanwhile; nothing was imported, send the file again");
            }
            throw e;
        }
    }

    private ImportReport importInTransaction(EntityManager em, Caller caller, long classId, List<RosterRow> rows, boolean dryRun) {
        classes.visibleEntity(caller, classId);
        // issue 14 item 9: imports into one class take turns — the capacity is counted and the rows written under the
        // class row's lock, so parallel imports cannot overfill it (5 x 5 into a class of 10 made a roster of 15)
        ClassEntity cls = em.find(ClassEntity.class, classId, LockModeType.PESSIMISTIC_WRITE);
        TrainingPolicy policy = policies.require(cls.policyCode());
        int rosterSize = RosterCount.of(em, cls);
        ClassContext ctx = cls.toContext(rosterSize);
        RosterRules rules = policy.rosterRules(ctx);
        if (!rules.editableStates().contains(ctx.status())) {
            throw Problem.ruleViolated("C-21", "the roster of a " + ctx.status() + " class cannot change under policy " + cls.policyCode());
        }
        int limit = rules.capacityIsHardLimit() ? Math.min(rules.maxLearners(), ctx.capacity()) : rules.maxLearners();
        if (rows.size() > rules.maxLearners()) {
            // a file that can never fit is refused whole (issue 7 bad-input corpus), not answered 200 with every row rejected
            throw Problem.ruleViolated("C-20", "the file has " + rows.size() + " rows; a class under policy " + cls.policyCode()
                    + " holds at most " + rules.maxLearners() + " learners");
        }
        List<RowError> errors = new ArrayList<>();
        List<RosterRowCheck.ValidRow> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RosterRowCheck.ValidRow v = RosterRowCheck.check(i + 1, rows.get(i), rules.acceptedIdTypes(), time.today(), errors);
            if (v != null && !seen.add(v.idNumber())) {
                errors.add(new RowError(i + 1, "idNumber", "appears earlier in this file"));
            } else if (v != null) {
                valid.add(v);
            }
        }
        // loaded once per import, not once per row (issue 13: one look-up of the file's learners, not one per row)
        Set<Long> onThisRoster = learnersOn(classId);
        Map<Long, Long> otherClassOfOwner = otherClassesOfOwner(cls);
        Map<String, LearnerView> known = learners.byIdNumbers(valid.stream().map(RosterRowCheck.ValidRow::idNumber).toList());
        List<RosterRowCheck.ValidRow> accepted = new ArrayList<>();
        int already = 0;
        Instant now = time.now();
        OwnerFacts owner = owners.of(ctx.owner().kind(), ctx.owner().id());
        for (RosterRowCheck.ValidRow v : valid) {
            Optional<LearnerView> existing = Optional.ofNullable(known.get(v.idNumber()));
            if (existing.isPresent() && onThisRoster.contains(existing.get().id())) {
                already++;
                continue;
            }
            Optional<String> conflict = existing.flatMap(l -> c24Conflict(cls, l, otherClassOfOwner));
            if (conflict.isPresent()) {
                errors.add(new RowError(v.row(), "idNumber", conflict.get()));
                continue;
            }
            Decision d = policy.mayEnrol(new EnrolmentRequest(ctx, existing.map(LearnerView::id).orElse(0L), v.idType(),
                    EnrolmentChannel.IMPORT, 0, owner, now));
            if (!d.allowed()) {
                errors.add(new RowError(v.row(), "row", d.ruleId() + ": " + d.reason()));
                continue;
            }
            if (rosterSize + accepted.size() >= limit) {
                errors.add(new RowError(v.row(), "row", "C-20: the class holds at most " + limit + " learners under policy " + cls.policyCode()));
                continue;
            }
            accepted.add(v);
        }
        if (dryRun) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportReport(true, rows.size(), accepted.size(), already, errors.size(), errors, rosterSize);
        }
        Long orgId = ctx.owner().kind() == PartyKind.ORGANIZATION ? ctx.owner().id() : null;
        List<EnsuredLearner> ensured = learners.ensureAll(caller, accepted.stream()
                .map(v -> new NewLearner(v.name(), v.idType(), v.idNumber(), v.phone(), v.gender(), orgId)).toList());
        int enrolled = 0;
        for (int i = 0; i < accepted.size(); i++) {
            EnsuredLearner e = ensured.get(i);
            if (!e.ok()) {
                errors.add(new RowError(accepted.get(i).row(), e.refusal().field(), e.refusal().message()));
                continue;
            }
            em.persist(new RosterEntryEntity(classId, e.learner().id(), e.learner().organizationId(), ctx.owner().kind(), ctx.owner().id(),
                    EnrolmentChannel.IMPORT, now, accepted.get(i).contact()));
            enrolled++;
        }
        int size = RosterCount.recount(em, classId);
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new ImportReport(false, rows.size(), enrolled, already, errors.size(), errors, size);
    }

    /** C-24: in at most one class per organisation, and in one organisation's classes at a time. */
    private static Optional<String> c24Conflict(ClassEntity cls, LearnerView learner, Map<Long, Long> otherClassOfOwner) {
        if (cls.ownerKind() != PartyKind.ORGANIZATION) {
            return Optional.empty();
        }
        if (learner.organizationId() != null && learner.organizationId() != cls.ownerId()) {
            return Optional.of(org.hourglass.api.accounts.EnsuredLearner.NOT_AVAILABLE); // issue 14 item 13: names no other tenant
        }
        Long other = otherClassOfOwner.get(learner.id());
        return other == null ? Optional.empty() : Optional.of("C-24: the learner is already in class " + other + " of this organisation");
    }

    /** Learner id → another class of the same owner the learner is on (C-24). */
    private Map<Long, Long> otherClassesOfOwner(ClassEntity cls) {
        if (cls.ownerKind() != PartyKind.ORGANIZATION) {
            return Map.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, Long> byLearner = new HashMap<>();
            em.createQuery("select r.learnerId, r.classId from RosterEntryEntity r where r.ownerKind = :k and r.ownerId = :o "
                    + "and r.classId <> :c", Object[].class)
                    .setParameter("k", cls.ownerKind()).setParameter("o", cls.ownerId()).setParameter("c", cls.id())
                    .getResultList().forEach(row -> byLearner.putIfAbsent((Long) row[0], (Long) row[1]));
            return byLearner;
        });
    }

    private Set<Long> learnersOn(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> new HashSet<>(em
                .createQuery("select r.learnerId from RosterEntryEntity r where r.classId = :c", Long.class)
                .setParameter("c", classId).getResultList()));
    }

    public List<RosterEntryView> roster(Caller caller, long classId) {
        classes.visibleEntity(caller, classId);
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select r from RosterEntryEntity r where r.classId = :c order by r.id", RosterEntryEntity.class)
                .setParameter("c", classId).getResultList().stream().map(RosterEntryEntity::toView).toList());
    }

    int size(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> RosterCount.counted(em, classId));
    }
}
