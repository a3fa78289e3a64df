package org.hourglass.accounts.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The accounts bundle's part of {@code /api/v1/health}: its persistence unit answers. */
@Component
public class AccountsHealth implements HealthContributor {
    private final JpaTemplate jpa;

    @Activate
    public AccountsHealth(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String component() {
        return "accounts";
    }

    @Override
    public HealthStatus check() {
        long accounts = jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("select count(a) from AccountEntity a", Long.class).getSingleResult());
        return HealthStatus.up(component(), accounts + " accounts");
    }
}
