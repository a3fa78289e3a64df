package org.hourglass.accounts.internal;

import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the platform admin named in {@code etc/org.hourglass.accounts.cfg} exists with the
 * configured password hash (the file is the source of truth for that one account, so an admin
 * rotates the password by editing it). Warns while the distribution's demo password is in use.
 */
@Component(configurationPid = AccountsConfig.PID)
public class BootstrapAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    @Activate
    public BootstrapAdmin(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, AccountsConfig config) {
        apply(jpa, time, config);
    }

    @Modified
    void modified(AccountsConfig config) {
        LOG.info("Accounts configuration changed; restart the accounts bundle to re-apply the bootstrap admin");
    }

    static void apply(JpaTemplate jpa, TimeSource time, AccountsConfig config) {
        String principal = config.admin_principal().trim();
        String hash = config.admin_passwordHash().trim();
        if (principal.isEmpty() || hash.isEmpty()) {
            LOG.warn("No bootstrap admin configured in etc/{}.cfg: nobody can administer this platform", AccountsConfig.PID);
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity existing = em.createQuery("select a from AccountEntity a where a.principal = :p", AccountEntity.class)
                    .setParameter("p", principal).getResultStream().findFirst().orElse(null);
            if (existing == null) {
                em.persist(new AccountEntity(AccountKind.PLATFORM, principal, "Platform administrator", hash, Set.of(Roles.PLATFORM_ADMIN), time.now()));
                LOG.info("Created bootstrap platform admin '{}'", principal);
            } else if (!existing.passwordHash().equals(hash)) {
                // the etc/ file is the source of truth for this one account
                existing.changePasswordHash(hash);
                LOG.info("Bootstrap platform admin '{}' password changed from configuration", principal);
            }
        });
        if (PasswordHasher.verify(AccountsConfig.DEMO_PASSWORD.toCharArray(), hash)) {
            LOG.warn("Platform admin '{}' still uses the demo password '{}': set admin.passwordHash in etc/{}.cfg",
                    principal, AccountsConfig.DEMO_PASSWORD, AccountsConfig.PID);
        }
    }
}
