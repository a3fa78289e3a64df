package org.hourglass.accounts.internal;

import org.hourglass.persistence.UniqueViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.NewOrganization;
import org.hourglass.api.accounts.OrganizationChange;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.accounts.OrganizationEdit;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Organisations (C-5) and their admin accounts (C-3), created together in one transaction. */
@Component(service = {OrganizationService.class, OrganizationDirectory.class})
public class OrganizationService implements OrganizationDirectory {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final PasswordHashes hashes;
    private final OrganizationGuards guards;

    @Activate
    public OrganizationService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, @Reference PasswordHashes hashes, @Reference OrganizationGuards guards) {
        this.jpa = jpa;
        this.time = time;
        this.hashes = hashes;
        this.guards = guards;
    }

    public OrganizationView create(NewOrganization org) {
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", org.name(), 100);
        String code = CreditCode.normalize(org.creditCode());
        CreditCode.problem(code).ifPresent(p -> errors.add(new FieldError("creditCode", p)));
        AccountFields.text(errors, "responsiblePerson", org.responsiblePerson(), 50);
        AccountFields.text(errors, "businessRegion", org.businessRegion(), 50);
        AccountFields.text(errors, "insuredRegion", org.insuredRegion(), 50);
        regionCode(errors, org.insuredRegionCode());
        if (org.admin() == null) {
            errors.add(new FieldError("admin", "required: {name, phone, password} of the organisation admin"));
        } else {
            AccountFields.text(errors, "admin.name", org.admin().name(), 50);
            AccountFields.phone(errors, "admin.phone", org.admin().phone(), true);
            AccountFields.password(errors, "admin.password", org.admin().password(), org.admin().phone(), org.admin().name());
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the organisation has invalid fields", errors);
        }
        String hash = hashes.hash(org.admin().password().toCharArray());
        OrganizationEntity entity = new OrganizationEntity(org.name().trim(), code, org.responsiblePerson().trim(),
                org.businessRegion().trim(), org.insuredRegion().trim(), org.insuredRegionCode(), false, time.now());
        return insert(entity, org.admin().name(), org.admin().phone(), hash, null);
    }

    /** C-8: a GB/T 2260 administrative division code — six digits, the first not 0 (110000 Beijing, 320000 Jiangsu). */
    static void regionCode(List<FieldError> errors, String code) {
        if (code != null && !code.matches("[1-9]\\d{5}")) {
            errors.add(new FieldError("insuredRegionCode", "six digits of GB/T 2260, e.g. 110108 (Beijing, Haidian)"));
        }
    }

    /**
     * Stores the organisation and its admin in one transaction: one organisation per credit code (C-5, BJ Q19), one per
     * admin phone (C-3, BJ Q15). {@code proof} runs first inside the transaction (a code to redeem, C-8): when it fails,
     * nothing is stored but the failed try, and the answer is null.
     */
    OrganizationView insert(OrganizationEntity entity, String adminName, String adminPhone, String hash,
            java.util.function.Predicate<EntityManager> proof) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (proof != null && !proof.test(em)) {
                    return null;
                }
                if (!em.createQuery("select o.id from OrganizationEntity o where o.creditCode = :c").setParameter("c", entity.creditCode())
                        .getResultList().isEmpty()) {
                    throw Problem.ruleViolated("C-5", "an organisation with credit code " + entity.creditCode()
                            + " exists; a subsidiary registers with its own code (BJ Q19)");
                }
                if (adminPhoneTaken(em, adminPhone, null)) {
                    throw Problem.ruleViolated("C-3", "phone " + adminPhone + " already administers an organisation");
                }
                em.persist(entity);
                em.flush();
                em.persist(AccountEntity.orgAdmin(adminName.trim(), adminPhone, hash, entity.id(), time.now()));
                em.flush();
                return entity.toView();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("the credit code or admin phone was registered meanwhile");
            }
            throw e;
        }
    }

    /** C-3, seed 000 Q15 "一个手机号只能注册一家单位": whether another organisation admin has this phone. */
    static boolean adminPhoneTaken(EntityManager em, String phone, Long except) {
        return em.createQuery("select a.id from AccountEntity a where a.kind = :k and (a.phone = :p or a.principal = :p)", Long.class)
                .setParameter("k", AccountKind.ORG_ADMIN).setParameter("p", phone).getResultList().stream()
                .anyMatch(id -> !id.equals(except));
    }

    /**
     * C-5: edits name, responsible person and regions — by a platform admin or the organisation's own admin, and only
     * while no deployed policy freezes the organisation's data (BJ Q18). Issue 14 item 14: the insured region decides
     * BJ-1 eligibility, so only platform staff change it (the organisation asks them, with its insurance proof); every
     * changed field is recorded with who changed it and when ({@link #changes}).
     */
    public OrganizationView edit(Caller caller, long id, OrganizationEdit edit) {
        requireVisible(caller, id);
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", edit.name(), 100);
        AccountFields.text(errors, "responsiblePerson", edit.responsiblePerson(), 50);
        AccountFields.text(errors, "businessRegion", edit.businessRegion(), 50);
        if (edit.insuredRegion() != null) { // null = unchanged (a self-registered organisation has none until certified, C-8)
            AccountFields.text(errors, "insuredRegion", edit.insuredRegion(), 50);
        }
        regionCode(errors, edit.insuredRegionCode());
        if (!errors.isEmpty()) {
            throw Problem.invalid("the organisation has invalid fields", errors);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity o = em.find(OrganizationEntity.class, id);
            if (o == null) {
                throw Problem.notFound("organization", id);
            }
            OrganizationView before = o.toView();
            String current = before.insuredRegion() == null ? "" : before.insuredRegion();
            String insured = edit.insuredRegion() == null ? current : edit.insuredRegion().trim();
            String regionCode = edit.insuredRegionCode() == null ? before.insuredRegionCode() : edit.insuredRegionCode();
            if ((!insured.equals(current) || !java.util.Objects.equals(regionCode, before.insuredRegionCode()))
                    && !caller.hasRole(Roles.PLATFORM_ADMIN)) {
                throw new Problem(403, "forbidden", "Forbidden", "the insured region decides subsidy eligibility (BJ-1): platform "
                        + "staff change it on the organisation's request", List.of(new FieldError("insuredRegion",
                        "changed by platform staff only")));
            }
            guards.mayEdit(id).orThrow();
            o.edit(edit.name().trim(), edit.responsiblePerson().trim(), edit.businessRegion().trim(), insured, regionCode);
            em.flush();
            OrganizationView after = o.toView();
            Instant now = time.now();
            record(em, id, "name", before.name(), after.name(), caller, now);
            record(em, id, "responsiblePerson", before.responsiblePerson(), after.responsiblePerson(), caller, now);
            record(em, id, "businessRegion", before.businessRegion(), after.businessRegion(), caller, now);
            record(em, id, "insuredRegion", before.insuredRegion(), after.insuredRegion(), caller, now);
            record(em, id, "insuredRegionCode", before.insuredRegionCode(), after.insuredRegionCode(), caller, now);
            return after;
        });
    }

    static void record(EntityManager em, long id, String field, String before, String after, Caller caller, Instant now) {
        if (!java.util.Objects.equals(before, after)) {
            em.persist(new OrganizationChangeEntity(id, field, before, after, caller.accountId(), now));
        }
    }

    /** The organisation's audited changes, newest first (platform staff and the organisation's own admin). */
    public List<OrganizationChange> changes(Caller caller, long id) {
        requireVisible(caller, id);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from OrganizationChangeEntity c "
                + "where c.organizationId = :o order by c.id desc", OrganizationChangeEntity.class).setParameter("o", id)
                .setMaxResults(500).getResultList().stream().map(OrganizationChangeEntity::toView).toList());
    }

    private static void requireVisible(Caller caller, long id) {
        if (!caller.seesEverything() && (caller.organizationId() == null || caller.organizationId() != id)) {
            throw Problem.notFound("organization", id);
        }
    }

    /** 404 for an organisation the caller may not see (existence is not revealed). */
    public OrganizationView get(Caller caller, long id) {
        requireVisible(caller, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity o = em.find(OrganizationEntity.class, id);
            if (o == null) {
                throw Problem.notFound("organization", id);
            }
            return o.toView();
        });
    }

    public record Page(List<OrganizationView> items, long total) {
    }

    public Page list(Paging paging) {
        return jpa.txExpr(TransactionType.Required, em -> new Page(
                em.createQuery("select o from OrganizationEntity o order by o.id", OrganizationEntity.class)
                        .setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                        .stream().map(OrganizationEntity::toView).toList(),
                em.createQuery("select count(o) from OrganizationEntity o", Long.class).getSingleResult()));
    }

    @Override
    public java.util.Optional<OrganizationView> find(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> java.util.Optional.ofNullable(em.find(OrganizationEntity.class, organizationId))
                .map(OrganizationEntity::toView));
    }

    @Override
    public java.util.Optional<OrganizationView> byCreditCode(String creditCode) {
        String code = CreditCode.normalize(creditCode);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select o from OrganizationEntity o where o.creditCode = :c", OrganizationEntity.class).setParameter("c", code)
                .getResultStream().findFirst().map(OrganizationEntity::toView));
    }

    boolean exists(long id) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(OrganizationEntity.class, id) != null);
    }

}
