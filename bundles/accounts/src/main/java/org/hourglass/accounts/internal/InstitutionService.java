package org.hourglass.accounts.internal;

import org.hourglass.persistence.UniqueViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.InstitutionView;
import org.hourglass.api.accounts.NewInstitution;
import org.hourglass.api.accounts.NewStaff;
import org.hourglass.api.accounts.StaffView;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Training institutions and their staff (C-6); reviewers are staff of no institution. */
@Component(service = {InstitutionService.class, InstitutionDirectory.class})
public class InstitutionService implements InstitutionDirectory {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final PasswordHashes hashes;

    @Activate
    public InstitutionService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, @Reference PasswordHashes hashes) {
        this.jpa = jpa;
        this.time = time;
        this.hashes = hashes;
    }

    public InstitutionView create(NewInstitution body) {
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", body.name(), 100);
        String code = CreditCode.normalize(body.creditCode());
        CreditCode.problem(code).ifPresent(p -> errors.add(new FieldError("creditCode", p)));
        if (!errors.isEmpty()) {
            throw Problem.invalid("the institution has invalid fields", errors);
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (!em.createQuery("select i.id from InstitutionEntity i where i.creditCode = :c").setParameter("c", code)
                        .getResultList().isEmpty()) {
                    throw Problem.ruleViolated("C-5", "an institution with credit code " + code + " exists");
                }
                InstitutionEntity i = new InstitutionEntity(body.name().trim(), code, time.now());
                em.persist(i);
                em.flush();
                return i.toView();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("an institution with this credit code was registered meanwhile");
            }
            throw e;
        }
    }

    @Override
    public Optional<InstitutionView> find(long institutionId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(InstitutionEntity.class, institutionId))
                .map(InstitutionEntity::toView));
    }

    @Override
    public Optional<InstitutionView> byCreditCode(String creditCode) {
        String code = creditCode == null ? "" : creditCode.trim().toUpperCase();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select i from InstitutionEntity i where i.creditCode = :c",
                InstitutionEntity.class).setParameter("c", code).getResultStream().findFirst().map(InstitutionEntity::toView));
    }

    public InstitutionView get(Caller caller, long id) {
        if (!caller.seesEverything() && (caller.institutionId() == null || caller.institutionId() != id)) {
            throw Problem.notFound("institution", id);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            InstitutionEntity i = em.find(InstitutionEntity.class, id);
            if (i == null) {
                throw Problem.notFound("institution", id);
            }
            return i.toView();
        });
    }

    public List<InstitutionView> list() {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select i from InstitutionEntity i order by i.id", InstitutionEntity.class).getResultList()
                .stream().map(InstitutionEntity::toView).toList());
    }

    /** The platform admin creates any staff; an institution's academic admin creates staff of that institution only. */
    public StaffView createStaff(Caller caller, NewStaff body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.username() == null || !body.username().matches("[a-z][a-z0-9._-]{2,31}")) {
            errors.add(new FieldError("username", "3 to 32 characters: a lower-case letter, then letters, digits, . _ -"));
        }
        AccountFields.text(errors, "name", body.name(), 50);
        AccountFields.password(errors, "password", body.password(), body.username(), body.name());
        if (body.role() == null) {
            errors.add(new FieldError("role", "ACADEMIC_ADMIN, HEAD_TEACHER, ASSISTANT, BILLING_ADMIN or REVIEWER"));
        } else if (body.role().ofInstitution() && body.institutionId() == null && !caller.hasRole(Roles.ACADEMIC_ADMIN)) {
            errors.add(new FieldError("institutionId", "required for institution staff"));
        } else if (!body.role().ofInstitution() && body.institutionId() != null) {
            errors.add(new FieldError("institutionId", "a reviewer belongs to no institution"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the staff account has invalid fields", errors);
        }
        Long institutionId = institutionFor(caller, body);
        Set<String> roles = body.role().ofInstitution() ? Set.of(Roles.INSTITUTION_STAFF, body.role().role()) : Set.of(body.role().role());
        String hash = hashes.hash(body.password().toCharArray());
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                if (institutionId != null && em.find(InstitutionEntity.class, institutionId) == null) {
                    throw Problem.invalidField("institutionId", "no institution " + institutionId);
                }
                if (!em.createQuery("select a.id from AccountEntity a where a.principal = :p").setParameter("p", body.username())
                        .getResultList().isEmpty()) {
                    throw Problem.conflict("username " + body.username() + " is taken");
                }
                AccountEntity a = AccountEntity.staff(body.username(), body.name().trim(), hash, roles, institutionId, time.now());
                em.persist(a);
                em.flush();
                return a.toStaffView();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("username " + body.username() + " was taken meanwhile");
            }
            throw e;
        }
    }

    private static Long institutionFor(Caller caller, NewStaff body) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return body.institutionId();
        }
        if (!body.role().ofInstitution()) {
            throw Problem.forbidden("only the platform admin creates reviewers");
        }
        if (body.institutionId() != null && !body.institutionId().equals(caller.institutionId())) {
            throw Problem.forbidden("an academic admin creates staff of their own institution only");
        }
        return caller.institutionId();
    }

    public List<StaffView> staff(Caller caller) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String scope = caller.hasRole(Roles.PLATFORM_ADMIN) ? "" : " and a.institutionId = :i";
            var q = em.createQuery("select a from AccountEntity a where a.kind = :k" + scope + " order by a.id", AccountEntity.class)
                    .setParameter("k", AccountKind.STAFF);
            if (!scope.isEmpty()) {
                q.setParameter("i", caller.institutionId() == null ? -1L : caller.institutionId());
            }
            return q.getResultList().stream().map(AccountEntity::toStaffView).toList();
        });
    }
}
