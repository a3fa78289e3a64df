package org.hourglass.accounts.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.accounts.OrganizationView;
import org.hourglass.persistence.UtcInstant;

/** An employer (参培单位, C-5). Subsidiaries register separately, each with its own credit code (BJ Q19). */
@Entity
@Table(name = "ACC_ORGANIZATION")
public class OrganizationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "CREDIT_CODE", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(name = "RESPONSIBLE_PERSON", nullable = false, length = 50)
    private String responsiblePerson;

    @Column(name = "BUSINESS_REGION", nullable = false, length = 50)
    private String businessRegion;

    @Column(name = "INSURED_REGION", nullable = false, length = 50)
    private String insuredRegion;

    /** C-8, BJ-1: GB/T 2260 code of the insured region, confirmed by platform staff; null until then. */
    @Column(name = "INSURED_REGION_CODE", length = 6)
    private String insuredRegionCode;

    /** C-8: registered by its own admin (seed 000 Q13) rather than by platform staff; null in rows before it = false. */
    @Column(name = "SELF_REGISTERED")
    private Boolean selfRegistered;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    @Version
    private long version;

    protected OrganizationEntity() {
    }

    OrganizationEntity(String name, String creditCode, String responsiblePerson, String businessRegion, String insuredRegion,
            String insuredRegionCode, boolean selfRegistered, Instant createdAt) {
        this.name = name;
        this.creditCode = creditCode;
        this.responsiblePerson = responsiblePerson;
        this.businessRegion = businessRegion;
        this.insuredRegion = insuredRegion;
        this.insuredRegionCode = insuredRegionCode;
        this.selfRegistered = selfRegistered;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String creditCode() {
        return creditCode;
    }

    void edit(String name, String responsiblePerson, String businessRegion, String insuredRegion, String insuredRegionCode) {
        this.name = name;
        this.responsiblePerson = responsiblePerson;
        this.businessRegion = businessRegion;
        this.insuredRegion = insuredRegion;
        this.insuredRegionCode = insuredRegionCode;
    }

    OrganizationView toView() {
        return new OrganizationView(id, name, creditCode, responsiblePerson, businessRegion, insuredRegion.isEmpty() ? null : insuredRegion,
                createdAt, insuredRegionCode, Boolean.TRUE.equals(selfRegistered));
    }
}
