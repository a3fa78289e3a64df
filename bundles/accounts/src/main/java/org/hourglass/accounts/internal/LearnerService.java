package org.hourglass.accounts.internal;

import org.hourglass.persistence.UniqueViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.EnsuredLearner;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.accounts.NewLearner;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Learners: imported by an organisation, an institution or the platform (C-2), identified by a checked
 * ID number (C-1), phone unique among learners (C-3), in one organisation at a time (C-24).
 */
@Component(service = {LearnerService.class, LearnerDirectory.class})
public class LearnerService implements LearnerDirectory {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final OrganizationService organizations;
    private final MembershipParticipants members;

    @Activate
    public LearnerService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, @Reference OrganizationService organizations, @Reference MembershipParticipants members) {
        this.jpa = jpa;
        this.time = time;
        this.organizations = organizations;
        this.members = members;
    }

    /** The learner and whether it was created (false: an existing learner who had left joined this organisation). */
    public record Imported(LearnerView learner, boolean created) {
    }

    public Imported importLearner(Caller caller, NewLearner body) {
        IdType idType = body.idType() == null ? IdType.RESIDENT_ID : body.idType();
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", body.name(), 50);
        String idNumber = AccountFields.idNumber(errors, idType, body.idNumber(), time.today());
        AccountFields.phone(errors, "phone", body.phone(), false);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the learner has invalid fields", errors);
        }
        Long organizationId = organizationFor(caller, body.organizationId());
        Long institutionId = organizationId == null ? caller.institutionId() : null;
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                AccountEntity existing = byIdNumber(em, idNumber);
                if (existing != null) {
                    return rejoin(existing, organizationId, caller);
                }
                String phone = body.phone();
                List<AccountEntity> holders = phone == null ? List.of() : em.createQuery(
                        "select a from AccountEntity a where a.kind = :k and a.phone = :p", AccountEntity.class)
                        .setParameter("k", AccountKind.LEARNER).setParameter("p", phone).getResultList();
                if (!holders.isEmpty()) {
                    if (organizationId != null && organizationId.equals(holders.get(0).organizationId())) {
                        throw Problem.ruleViolated("C-3", "phone " + phone + " is another learner's of your organisation");
                    }
                    phone = null; // issue 14 item 13: another tenant's learner has it; see LearnerBatch
                }
                AccountEntity learner = AccountEntity.learner(body.name().trim(), idType, idNumber, phone, body.gender(),
                        organizationId, institutionId, InitialPassword.MARKER, time.now());
                em.persist(learner);
                em.flush();
                return new Imported(learner.toLearnerView(fullIdFor(caller, learner)), true);
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("a learner with this ID number or phone was imported meanwhile");
            }
            throw e;
        }
    }

    @Override
    public Optional<LearnerView> byIdNumber(String idNumber) {
        String n = ResidentIdNumber.normalize(idNumber);
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(byIdNumber(em, n)).map(a -> a.toLearnerView(true)));
    }

    @Override
    public Optional<LearnerView> find(long learnerId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(AccountEntity.class, learnerId))
                .filter(a -> a.kind() == AccountKind.LEARNER).map(a -> a.toLearnerView(true)));
    }

    @Override
    public java.util.Map<Long, LearnerView> findAll(java.util.Collection<Long> learnerIds) {
        java.util.Map<Long, LearnerView> found = new java.util.HashMap<>();
        List<Long> ids = learnerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from AccountEntity a where a.id in :ids", AccountEntity.class)
                    .setParameter("ids", chunk).getResultList()).stream().filter(a -> a.kind() == AccountKind.LEARNER)
                    .forEach(a -> found.put(a.id(), a.toLearnerView(true)));
        }
        return found;
    }

    @Override
    public List<LearnerView> search(String text, int limit) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from AccountEntity a where a.kind = :k and "
                + "(a.idNumber = :id or a.phone = :t or lower(a.displayName) like :name) order by a.id", AccountEntity.class)
                .setParameter("k", AccountKind.LEARNER).setParameter("id", t.toUpperCase()).setParameter("t", t)
                .setParameter("name", "%" + t.toLowerCase().replace("%", "").replace("_", "") + "%")
                .setMaxResults(limit).getResultList().stream().map(a -> a.toLearnerView(true)).toList());
    }

    @Override
    public LearnerView ensure(Caller caller, NewLearner learner) {
        Optional<LearnerView> existing = byIdNumber(learner.idNumber());
        if (existing.isPresent() && java.util.Objects.equals(existing.get().organizationId(), learner.organizationId())) {
            return existing.get();
        }
        return importLearner(caller, learner).learner();
    }

    @Override
    public List<EnsuredLearner> ensureAll(Caller caller, List<NewLearner> batch) {
        return jpa.txExpr(TransactionType.Required, em -> new LearnerBatch(em, time.today(), time.now())
                .ensure(batch, requested -> organizationFor(caller, requested), caller.institutionId(), a -> fullIdFor(caller, a)));
    }

    @Override
    public java.util.Map<String, LearnerView> byIdNumbers(java.util.Collection<String> idNumbers) {
        List<String> normalised = idNumbers.stream().filter(java.util.Objects::nonNull).map(ResidentIdNumber::normalize).toList();
        java.util.Map<String, LearnerView> found = new java.util.HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> LearnerBatch.byIdNumbers(em, normalised))
                .forEach((n, a) -> found.put(n, a.toLearnerView(true)));
        return found;
    }

    /** C-24: one organisation at a time; a learner who left may be imported by another organisation. */
    private Imported rejoin(AccountEntity existing, Long organizationId, Caller caller) {
        if (organizationId != null && existing.organizationId() == null) {
            existing.joinOrganization(organizationId);
            return new Imported(existing.toLearnerView(fullIdFor(caller, existing)), false);
        }
        if (organizationId != null && !organizationId.equals(existing.organizationId())) {
            throw Problem.ruleViolated("C-24", EnsuredLearner.NOT_AVAILABLE.substring("C-24: ".length()));
        }
        throw Problem.conflict("a learner with this ID number already exists" + (organizationId != null ? " in this organisation" : ""));
    }

    private Long organizationFor(Caller caller, Long requested) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            if (requested != null && !organizations.exists(requested)) {
                throw Problem.invalidField("organizationId", "no organisation " + requested);
            }
            return requested;
        }
        if (caller.hasRole(Roles.ORG_ADMIN)) {
            if (requested != null && !requested.equals(caller.organizationId())) {
                throw Problem.forbidden("an organisation admin imports learners into their own organisation only");
            }
            return caller.organizationId();
        }
        if (requested != null) {
            throw Problem.forbidden("institution staff import learners for their institution, not for an organisation");
        }
        return null;
    }

    public LearnerView get(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            if (a == null || a.kind() != AccountKind.LEARNER || !maySee(caller, a)) {
                throw Problem.notFound("learner", id);
            }
            return a.toLearnerView(fullIdFor(caller, a));
        });
    }

    public record Page(List<LearnerView> items, long total) {
    }

    public Page list(Caller caller, Paging paging) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String scope = caller.hasRole(Roles.PLATFORM_ADMIN) ? ""
                    : caller.hasRole(Roles.ORG_ADMIN) ? " and a.organizationId = :scope" : " and a.institutionId = :scope";
            Long scopeId = caller.hasRole(Roles.ORG_ADMIN) ? caller.organizationId() : caller.institutionId();
            if (!scope.isEmpty() && scopeId == null) {
                return new Page(List.of(), 0);
            }
            TypedQuery<AccountEntity> q = em.createQuery(
                    "select a from AccountEntity a where a.kind = :k" + scope + " order by a.id", AccountEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(a) from AccountEntity a where a.kind = :k" + scope, Long.class);
            q.setParameter("k", AccountKind.LEARNER);
            count.setParameter("k", AccountKind.LEARNER);
            if (!scope.isEmpty()) {
                q.setParameter("scope", scopeId);
                count.setParameter("scope", scopeId);
            }
            List<LearnerView> items = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                    .stream().map(a -> a.toLearnerView(fullIdFor(caller, a))).toList();
            return new Page(items, count.getSingleResult());
        });
    }

    /** C-24: the "left the organisation" step that lets another organisation import the learner. */
    public LearnerView leaveOrganization(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity a = em.find(AccountEntity.class, id);
            if (a == null || a.kind() != AccountKind.LEARNER || !maySee(caller, a) || a.organizationId() == null) {
                throw Problem.notFound("learner in an organisation", id);
            }
            long left = a.organizationId();
            a.leaveOrganization();
            // BJ-1 (seed 000 Q44 "参培职工须仍在本单位就业"): his study in that organisation's classes ends, in this transaction
            members.learnerLeftOrganization(id, left, time.now());
            return a.toLearnerView(fullIdFor(caller, a));
        });
    }

    private static AccountEntity byIdNumber(EntityManager em, String idNumber) {
        return em.createQuery("select a from AccountEntity a where a.idNumber = :n", AccountEntity.class)
                .setParameter("n", idNumber).getResultStream().findFirst().orElse(null);
    }

    private static boolean maySee(Caller caller, AccountEntity learner) {
        return caller.hasRole(Roles.PLATFORM_ADMIN) || caller.accountId() == learner.id()
                || (caller.hasRole(Roles.ORG_ADMIN) && caller.organizationId() != null
                        && caller.organizationId().equals(learner.organizationId()))
                || (caller.hasRole(Roles.INSTITUTION_STAFF) && caller.institutionId() != null
                        && caller.institutionId().equals(learner.toCaller().institutionId()));
    }

    /** The full ID number only for the platform admin and the learner himself. */
    private static boolean fullIdFor(Caller caller, AccountEntity learner) {
        return caller.hasRole(Roles.PLATFORM_ADMIN) || caller.accountId() == learner.id();
    }
}
