package org.hourglass.classes.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.HealthContributor;
import org.hourglass.api.platform.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The classes bundle's part of {@code /api/v1/health}: its persistence unit answers. */
@Component
public class ClassesHealth implements HealthContributor {
    private final JpaTemplate jpa;

    @Activate
    public ClassesHealth(@Reference(target = "(osgi.unit.name=hourglass-classes)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String component() {
        return "classes";
    }

    @Override
    public HealthStatus check() {
        long classes = jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("select count(c) from ClassEntity c", Long.class).getSingleResult());
        return HealthStatus.up(component(), classes + " classes");
    }
}
