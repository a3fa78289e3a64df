package org.hourglass.policy.hr.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The policy's own tables through its own persistence unit ({@code hourglass-policy-hr-exam}): the one place naming it. */
@Component(service = HrStore.class)
public class HrStore {
    private final JpaTemplate jpa;

    @Activate
    public HrStore(@Reference(target = "(osgi.unit.name=hourglass-policy-hr-exam)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }
}
