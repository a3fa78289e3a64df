package org.hourglass.commerce.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/** Live-stream minutes used on one local day, settled from the balance at the next midnight (IN-8). */
@Entity
@Table(name = "COM_USAGE", uniqueConstraints = @UniqueConstraint(name = "COM_USAGE_REF", columnNames = {"INSTITUTION_ID", "REFERENCE"}))
public class UsageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "INSTITUTION_ID", nullable = false)
    private long institutionId;

    @Column(name = "MINUTES", nullable = false)
    private long minutes;

    @Column(name = "REFERENCE", nullable = false, length = 100)
    private String reference;

    @Convert(converter = UtcInstant.class)
    @Column(name = "USED_AT", nullable = false)
    private Instant usedAt;

    @Column(name = "LOCAL_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "SETTLED_ORDER_ID")
    private Long settledOrderId;

    protected UsageEntity() {
    }

    UsageEntity(long institutionId, long minutes, String reference, Instant usedAt, LocalDate day) {
        this.institutionId = institutionId;
        this.minutes = minutes;
        this.reference = reference;
        this.usedAt = usedAt;
        this.day = day;
    }

    long institutionId() {
        return institutionId;
    }

    long minutes() {
        return minutes;
    }

    LocalDate day() {
        return day;
    }

    org.hourglass.api.commerce.UsageView toView() {
        return new org.hourglass.api.commerce.UsageView(minutes, reference, usedAt, day, settledOrderId);
    }

    void settledBy(long orderId) {
        this.settledOrderId = orderId;
    }
}
