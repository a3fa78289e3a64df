package org.hourglass.accounts.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.api.accounts.OrganizationChange;
import org.hourglass.persistence.UtcInstant;

/**
 * One changed field of an organisation, who changed it and when (issue 14 item 14): the facts a subsidy is decided on
 * (BJ-1's insured region) and the name its invoices carry leave a trail.
 */
@Entity
@Table(name = "ACC_ORG_CHANGE", indexes = @Index(name = "ACC_ORG_CHANGE_ORG", columnList = "ORGANIZATION_ID"))
public class OrganizationChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "FIELD", nullable = false, length = 40)
    private String field;

    @Column(name = "OLD_VALUE", length = 100)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 100)
    private String newValue;

    @Column(name = "CHANGED_BY", nullable = false)
    private long changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant changedAt;

    protected OrganizationChangeEntity() {
    }

    OrganizationChangeEntity(long organizationId, String field, String oldValue, String newValue, long changedBy, Instant changedAt) {
        this.organizationId = organizationId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    OrganizationChange toView() {
        return new OrganizationChange(field, oldValue, newValue, changedBy, changedAt);
    }
}
