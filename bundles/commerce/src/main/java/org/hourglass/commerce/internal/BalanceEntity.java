package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.commerce.BalanceView;
import org.hourglass.persistence.UtcInstant;

/** An institution's prepaid live-stream minutes (IN-8). */
@Entity
@Table(name = "COM_BALANCE")
public class BalanceEntity {
    @Id
    @Column(name = "INSTITUTION_ID")
    private Long institutionId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "MINUTES", nullable = false)
    private long minutes;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected BalanceEntity() {
    }

    BalanceEntity(long institutionId, Instant now) {
        this.institutionId = institutionId;
        this.updatedAt = now;
    }

    void add(long delta, Instant at) {
        this.minutes += delta;
        this.updatedAt = at;
    }

    BalanceView toView() {
        return new BalanceView(institutionId, minutes, updatedAt);
    }
}
