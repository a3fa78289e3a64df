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
import org.hourglass.api.accounts.InstitutionView;
import org.hourglass.persistence.UtcInstant;

/** A training institution (培训单位, C-6) whose staff run classes. */
@Entity
@Table(name = "ACC_INSTITUTION")
public class InstitutionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "CREDIT_CODE", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    @Version
    private long version;

    protected InstitutionEntity() {
    }

    InstitutionEntity(String name, String creditCode, Instant createdAt) {
        this.name = name;
        this.creditCode = creditCode;
        this.createdAt = createdAt;
    }

    InstitutionView toView() {
        return new InstitutionView(id, name, creditCode, createdAt);
    }
}
