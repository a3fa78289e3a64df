package org.hourglass.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.AdminPhoneBinding;
import org.hourglass.api.accounts.OrganizationRegistration;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.messaging.CodePurpose;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-8 (seed 000 Q13, Q15, Q16): an organisation registers itself with its admin phone and a code, and its admin re-binds
 * that phone (his login) with a code sent to the new one. A self-registered organisation has no confirmed insured region:
 * platform staff certify it ("完成单位信息认证"), so no money-bearing fact is self-declared.
 */
@Component(service = OrganizationSelfService.class)
public class OrganizationSelfService {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final PasswordHashes hashes;
    private final VerificationCodes codes;
    private final OrganizationService organizations;

    @Activate
    public OrganizationSelfService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, @Reference PasswordHashes hashes, @Reference VerificationCodes codes,
            @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.time = time;
        this.hashes = hashes;
        this.codes = codes;
        this.organizations = organizations;
    }

    public OrganizationView register(OrganizationRegistration r) {
        List<FieldError> errors = new ArrayList<>();
        AccountFields.text(errors, "name", r.name(), 100);
        String creditCode = CreditCode.normalize(r.creditCode());
        CreditCode.problem(creditCode).ifPresent(p -> errors.add(new FieldError("creditCode", p)));
        AccountFields.text(errors, "responsiblePerson", r.responsiblePerson(), 50);
        AccountFields.text(errors, "businessRegion", r.businessRegion(), 50);
        AccountFields.text(errors, "adminName", r.adminName(), 50);
        AccountFields.phone(errors, "phone", r.phone(), true);
        if (r.code() == null || !r.code().matches("\\d{6}")) {
            errors.add(new FieldError("code", "the six-digit code sent to the phone (purpose ORG_REGISTRATION)"));
        }
        AccountFields.password(errors, "password", r.password(), r.phone(), r.adminName());
        if (!errors.isEmpty()) {
            throw Problem.invalid("the registration has invalid fields", errors);
        }
        if (!codes.outstanding(r.phone(), CodePurpose.ORG_REGISTRATION)) {
            throw VerificationCodes.wrongCode(); // before the (deliberately slow) password hash: no code, no work
        }
        String hash = hashes.hash(r.password().toCharArray());
        OrganizationEntity entity = new OrganizationEntity(r.name().trim(), creditCode, r.responsiblePerson().trim(),
                r.businessRegion().trim(), "", null, true, time.now());
        OrganizationView registered = organizations.insert(entity, r.adminName(), r.phone(), hash,
                em -> codes.redeem(em, r.phone(), CodePurpose.ORG_REGISTRATION, null, r.code()));
        if (registered == null) {
            throw VerificationCodes.wrongCode();
        }
        return registered;
    }

    /** Seed 000 Q16: the organisation's own admin moves his login to a new phone proved by a code; audited on the organisation. */
    public void rebindAdminPhone(Caller caller, long organizationId, AdminPhoneBinding b) {
        if (!caller.hasRole(Roles.ORG_ADMIN) || caller.organizationId() == null || caller.organizationId() != organizationId) {
            throw Problem.notFound("organization", organizationId);
        }
        List<FieldError> errors = new ArrayList<>();
        AccountFields.phone(errors, "phone", b.phone(), true);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the binding has invalid fields", errors);
        }
        boolean done = jpa.txExpr(TransactionType.Required, em -> {
            if (OrganizationService.adminPhoneTaken(em, b.phone(), caller.accountId())) {
                throw Problem.ruleViolated("C-3", "phone " + b.phone() + " already administers an organisation (seed 000 Q15)");
            }
            if (!codes.redeem(em, b.phone(), CodePurpose.ADMIN_PHONE_BINDING, caller.accountId(), b.code())) {
                return false;
            }
            AccountEntity admin = em.find(AccountEntity.class, caller.accountId());
            String before = admin.phone();
            admin.rebindAdminPhone(b.phone());
            OrganizationService.record(em, organizationId, "adminPhone", before, b.phone(), caller, time.now());
            return true;
        });
        if (!done) {
            throw VerificationCodes.wrongCode();
        }
    }

    /** The checks before a code is sent for {@link CodePurpose#ORG_REGISTRATION} or {@link CodePurpose#ADMIN_PHONE_BINDING}. */
    void mayReceive(CodePurpose purpose, String phone, java.util.Optional<Caller> caller) {
        Long self = null;
        if (purpose == CodePurpose.ADMIN_PHONE_BINDING) {
            Caller admin = caller.filter(c -> c.hasRole(Roles.ORG_ADMIN)).orElseThrow(() -> new Problem(401, "not-authenticated",
                    "Not authenticated", "re-binding the admin phone needs the organisation admin's bearer token", List.of()));
            self = admin.accountId();
        }
        Long except = self;
        if (jpa.txExpr(TransactionType.Required, em -> OrganizationService.adminPhoneTaken(em, phone, except))) {
            throw Problem.ruleViolated("C-3", "phone " + phone + " already administers an organisation (seed 000 Q15)");
        }
    }
}
