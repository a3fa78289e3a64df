package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/**
 * An offline training plan (BJ-13, Q41/42/43/54/57): filed by the organisation with its learner list, schedule and
 * hours; approved by the district authority before it starts; after it, N ten-second videos for N hours and the
 * confirmed hours; recognised by the authority, they become the listed learners' effective offline hours.
 */
@Entity
@Table(name = "BJ_OFFLINE_PLAN", indexes = @Index(name = "BJ_OFFLINE_PLAN_CLASS", columnList = "CLASS_ID"))
public class OfflinePlanEntity {
    /** FILED → APPROVED | REJECTED; APPROVED → CONFIRMED (videos in) → RECOGNISED | REJECTED. */
    enum Status {
        FILED, APPROVED, CONFIRMED, RECOGNISED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    /** Q43: a licensed school may deliver it; the organisation files it. */
    @Column(name = "DELIVERED_BY", length = 200)
    private String deliveredBy;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    private LocalDate endDate;

    @Column(name = "PLANNED_HOURS", nullable = false)
    private int plannedHours;

    @Column(name = "CONFIRMED_HOURS")
    private Integer confirmedHours;

    @Column(name = "LEARNER_IDS", nullable = false, length = 20000)
    private String learnerIds;

    @Column(name = "STATUS", nullable = false, length = 12)
    private String status;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Convert(converter = UtcInstant.class)
    @Column(name = "FILED_AT", nullable = false)
    private Instant filedAt;

    protected OfflinePlanEntity() {
    }

    OfflinePlanEntity(long classId, long organizationId, OfflinePlans.Filing f, Instant now) {
        this.classId = classId;
        this.organizationId = organizationId;
        this.title = f.title().trim();
        this.deliveredBy = f.deliveredBy() == null ? null : f.deliveredBy().trim();
        this.startDate = f.startDate();
        this.endDate = f.endDate();
        this.plannedHours = f.hours();
        this.learnerIds = String.join(",", f.learnerIds().stream().map(String::valueOf).toList());
        this.status = Status.FILED.name();
        this.filedAt = now;
    }

    long id() {
        return id;
    }

    long classId() {
        return classId;
    }

    long organizationId() {
        return organizationId;
    }

    Status status() {
        return Status.valueOf(status);
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    int plannedHours() {
        return plannedHours;
    }

    Integer confirmedHours() {
        return confirmedHours;
    }

    List<Long> learners() {
        return Arrays.stream(learnerIds.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    void decide(Status to, String why) {
        this.status = to.name();
        this.reason = why;
    }

    void confirm(int hours) {
        this.confirmedHours = hours;
        this.status = Status.CONFIRMED.name();
    }

    OfflinePlans.PlanView toView(int videos) {
        return new OfflinePlans.PlanView(id, classId, title, deliveredBy, startDate, endDate, plannedHours, confirmedHours, learners(),
                status, reason, videos, filedAt);
    }
}
