package org.hourglass.accounts.internal;

import org.hourglass.persistence.UniqueViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.messaging.CodePurpose;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a person does for their own account through a verified phone: ask for a code, register or
 * activate (C-2, JS-1), reset a forgotten password (C-7), bind a phone before study (C-2, C-3).
 * Each action redeems its code in the same transaction as its change: a refused change keeps the code.
 */
@Component(service = SelfService.class)
public class SelfService {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final VerificationCodes codes;
    private final OrganizationSelfService organizations;

    @Activate
    public SelfService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, @Reference VerificationCodes codes, @Reference OrganizationSelfService organizations) {
        this.organizations = organizations;
        this.jpa = jpa;
        this.time = time;
        this.codes = codes;
    }

    /**
     * @param principal for PASSWORD_RESET: ID number or bound phone (with {@code role} when the phone is
     *                  both an admin's and a learner's) — or instead {@code name} + {@code idNumber}
     * @param phone     for REGISTRATION and PHONE_BINDING: the phone to receive the code
     */
    public record CodeRequest(CodePurpose purpose, String phone, String principal, String role, String name, String idNumber) {
    }

    public record Registration(String name, IdType idType, String idNumber, Gender gender, String phone, String code,
            String password) {
    }

    public record PasswordReset(String principal, String role, String code, String newPassword) {
    }

    public record PhoneBinding(String phone, String code) {
    }

    /**
     * Sends a code. A password reset for an unknown person answers exactly like a known one and sends
     * nothing, so the endpoint does not reveal who has an account.
     */
    public VerificationCodes.Issued requestCode(Optional<Caller> caller, CodeRequest request) {
        if (request.purpose() == null) {
            throw Problem.invalidField("purpose", "one of REGISTRATION, PASSWORD_RESET, PHONE_BINDING, ORG_REGISTRATION, ADMIN_PHONE_BINDING");
        }
        return switch (request.purpose()) {
            case REGISTRATION -> {
                String phone = requirePhone(request.phone());
                if (jpa.txExpr(TransactionType.Required, em -> AccountQueries.phoneTakenByAnotherLearner(em, phone, null))) {
                    throw Problem.ruleViolated("C-3", "phone " + phone + " is already bound to a learner; log in or reset the password");
                }
                yield codes.issue(phone, CodePurpose.REGISTRATION, null);
            }
            case PHONE_BINDING -> {
                Caller learner = caller.filter(c -> c.hasRole(Roles.LEARNER)).orElseThrow(() -> new Problem(401,
                        "not-authenticated", "Not authenticated", "binding a phone needs a learner's bearer token", List.of()));
                String phone = requirePhone(request.phone());
                if (jpa.txExpr(TransactionType.Required, em -> AccountQueries.phoneTakenByAnotherLearner(em, phone, learner.accountId()))) {
                    throw Problem.ruleViolated("C-3", "phone " + phone + " is already bound to another learner");
                }
                yield codes.issue(phone, CodePurpose.PHONE_BINDING, learner.accountId());
            }
            case ORG_REGISTRATION, ADMIN_PHONE_BINDING -> { // C-8
                String phone = requirePhone(request.phone());
                organizations.mayReceive(request.purpose(), phone, caller);
                yield codes.issue(phone, request.purpose(), request.purpose() == CodePurpose.ADMIN_PHONE_BINDING
                        ? caller.orElseThrow().accountId() : null);
            }
            case PASSWORD_RESET -> {
                Optional<AccountEntity> account = resetTarget(request);
                // C-7: only a BOUND phone is a recovery channel (issue 14 item 4); otherwise the same answer, nothing sent
                if (account.isPresent() && recoveryPhone(account.get()) != null) {
                    yield codes.issue(recoveryPhone(account.get()), CodePurpose.PASSWORD_RESET, account.get().id());
                }
                yield new VerificationCodes.Issued(time.now().plus(VerificationCodes.VALIDITY),
                        time.now().plus(VerificationCodes.RESEND_AFTER));
            }
        };
    }

    /**
     * C-4/C-7: the phone a reset code may go to — a learner's phone once it is bound (confirmed by a code), an
     * organisation admin's phone, which is its login name given by the platform (C-3). A phone typed into an import is
     * neither a login principal nor a recovery channel: whoever holds that number could take the account over.
     */
    private static String recoveryPhone(AccountEntity a) {
        if (a.phone() == null) {
            return null;
        }
        return a.phoneBound() || a.phone().equals(a.principal()) ? a.phone() : null;
    }

    private Optional<AccountEntity> resetTarget(CodeRequest request) {
        if (request.principal() != null && !request.principal().isBlank()) {
            return jpa.txExpr(TransactionType.Required, em -> AccountQueries.byPrincipal(em, request.principal().trim(), request.role()));
        }
        if (request.name() == null || request.idNumber() == null) {
            throw Problem.invalid("a password reset names the account: principal (ID number or phone), or name + idNumber",
                    List.of(new FieldError("principal", "required unless name and idNumber are given")));
        }
        String id = request.idNumber().trim().toUpperCase();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select a from AccountEntity a where a.kind = :k and a.idNumber = :id", AccountEntity.class)
                .setParameter("k", AccountKind.LEARNER).setParameter("id", id).getResultList().stream()
                .filter(a -> a.displayName().equals(request.name().trim())).findFirst());
    }

    /**
     * C-2, JS-1: registers a new learner (no organisation yet), or activates a learner an organisation or
     * the examination office pre-created (same name and ID, initial password still in place). 201 vs 200
     * is told by {@link Registered#created()}.
     */
    public record Registered(LearnerView learner, boolean created) {
    }

    public Registered register(Registration r) {
        IdType idType = r.idType() == null ? IdType.RESIDENT_ID : r.idType();
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", r.name(), 50);
        String idNumber = AccountFields.idNumber(errors, idType, r.idNumber(), time.today());
        AccountFields.phone(errors, "phone", r.phone(), true);
        AccountFields.password(errors, "password", r.password(), r.idNumber(), r.phone(), r.name());
        if (r.code() == null) {
            errors.add(new FieldError("code", "required: the code sent to the phone"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the registration has invalid fields", errors);
        }
        String hash = PasswordHasher.hash(r.password().toCharArray());
        String name = r.name().trim();
        try {
            Registered done = jpa.txExpr(TransactionType.Required, em -> {
                AccountEntity existing = em.createQuery("select a from AccountEntity a where a.idNumber = :id", AccountEntity.class)
                        .setParameter("id", idNumber).getResultList().stream().findFirst().orElse(null);
                if (existing != null && (!existing.displayName().equals(name) || !existing.mustChangePassword())) {
                    throw Problem.ruleViolated("C-2", "this ID number already has an active account; log in, or reset the "
                            + "password through the bound phone (C-7)");
                }
                if (AccountQueries.phoneTakenByAnotherLearner(em, r.phone(), existing == null ? null : existing.id())) {
                    throw Problem.ruleViolated("C-3", "phone " + r.phone() + " is already bound to another learner");
                }
                if (!codes.redeem(em, r.phone(), CodePurpose.REGISTRATION, null, r.code())) {
                    return null;
                }
                AccountQueries.releaseTypedPhone(em, r.phone(), existing == null ? null : existing.id());
                if (existing != null) {
                    existing.activate(r.phone(), hash);
                    existing.noteActivation(time.now());
                    return new Registered(existing.toLearnerView(true), false);
                }
                AccountEntity learner = AccountEntity.selfRegistered(name, idType, idNumber, r.phone(), r.gender(), hash, time.now());
                em.persist(learner);
                em.flush();
                return new Registered(learner.toLearnerView(true), true);
            });
            if (done == null) {
                throw VerificationCodes.wrongCode();
            }
            return done;
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("a learner with this ID number or phone registered meanwhile");
            }
            throw e;
        }
    }

    /** C-7: a new password through the bound phone's code; every session of the account ends. */
    public void resetPassword(PasswordReset r) {
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "principal", r.principal(), 64);
        AccountFields.password(errors, "newPassword", r.newPassword(), r.principal());
        if (r.code() == null) {
            errors.add(new FieldError("code", "required: the code sent to the bound phone"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("a password reset needs principal, code and newPassword", errors);
        }
        String hash = PasswordHasher.hash(r.newPassword().toCharArray());
        boolean done = jpa.txExpr(TransactionType.Required, em -> {
            Optional<AccountEntity> account = AccountQueries.byPrincipal(em, r.principal().trim(), r.role());
            if (account.isEmpty() || recoveryPhone(account.get()) == null
                    || !codes.redeem(em, recoveryPhone(account.get()), CodePurpose.PASSWORD_RESET, account.get().id(), r.code())) {
                return false;
            }
            account.get().resetPasswordHash(hash);
            account.get().noteActivation(time.now());
            AccountQueries.endSessions(em, account.get().id(), time.now(), "password-reset");
            return true;
        });
        if (!done) {
            throw VerificationCodes.wrongCode();
        }
    }

    /** C-2, C-3: the learner binds (or re-binds) a phone confirmed by a code; unique among learners. */
    public LearnerView bindPhone(Caller caller, PhoneBinding b) {
        String phone = requirePhone(b.phone());
        LearnerView bound = jpa.txExpr(TransactionType.Required, em -> {
            if (AccountQueries.phoneTakenByAnotherLearner(em, phone, caller.accountId())) {
                throw Problem.ruleViolated("C-3", "phone " + phone + " is already bound to another learner");
            }
            if (!codes.redeem(em, phone, CodePurpose.PHONE_BINDING, caller.accountId(), b.code())) {
                return null;
            }
            AccountQueries.releaseTypedPhone(em, phone, caller.accountId());
            AccountEntity a = em.find(AccountEntity.class, caller.accountId());
            a.bindPhone(phone);
            a.noteActivation(time.now());
            return a.toLearnerView(true);
        });
        if (bound == null) {
            throw VerificationCodes.wrongCode();
        }
        return bound;
    }

    private static String requirePhone(String phone) {
        List<FieldError> errors = new ArrayList<>();
        AccountFields.phone(errors, "phone", phone, true);
        if (!errors.isEmpty()) {
            throw Problem.invalid("a phone is required", errors);
        }
        return phone;
    }
}
