package org.hourglass.commerce.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.hourglass.api.commerce.StockView;

/**
 * An organisation's copies of one course (BJ-10). The version column serialises assignments, so two task
 * publications racing for the last copies cannot both take them.
 */
@Entity
@Table(name = "COM_STOCK", uniqueConstraints = @UniqueConstraint(name = "COM_STOCK_UQ", columnNames = {"ORGANIZATION_ID", "COURSE_ID"}))
public class StockEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "COURSE_TITLE", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "PURCHASED", nullable = false)
    private int purchased;

    @Column(name = "ASSIGNED", nullable = false)
    private int assigned;

    @Column(name = "VOIDED", nullable = false)
    private int voided;

    protected StockEntity() {
    }

    StockEntity(long organizationId, long courseId, String courseTitle) {
        this.organizationId = organizationId;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
    }

    int available() {
        return purchased - assigned - voided;
    }

    void bought(int copies) {
        purchased += copies;
    }

    void assign(int copies) {
        assigned += copies;
    }

    void release(int copies) {
        assigned -= copies;
    }

    void voidCopies(int held, int free) {
        assigned -= held;
        voided += held + free;
    }

    StockView toView() {
        return new StockView(organizationId, courseId, courseTitle, purchased, assigned, voided, available());
    }
}
