package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.quantity.Hours;
import org.hourglass.persistence.UtcInstant;

/**
 * JS-8 "视同申报": a learner's declaration of training done elsewhere, for the hours of one training year (the year it was
 * submitted in: "仅适用于当年申报以抵扣当年继续教育"), decided by the examination office of his city. Hours in tenths, exact.
 */
@Entity
@Table(name = "JS_DECLARATION", indexes = {@Index(name = "JS_DECLARATION_LEARNER", columnList = "LEARNER_ID,TRAINING_YEAR"),
        @Index(name = "JS_DECLARATION_CITY", columnList = "CITY,STATUS")})
public class DeclarationEntity {
    enum Kind { SEMINAR, ADVANCED_STUDY, TECHNICAL_EXCHANGE, OTHER }

    enum Status { SUBMITTED, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "TRAINING_YEAR", nullable = false)
    private int trainingYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "ORGANIZER", nullable = false, length = 200)
    private String organizer;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    private LocalDate endDate;

    @Column(name = "HOURS_TENTHS", nullable = false)
    private int hoursTenths;

    @Column(name = "CITY", nullable = false, length = 10)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "SUBMITTED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant submittedAt;

    @Column(name = "DECIDED_BY", length = 100)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant decidedAt;

    @Column(name = "OPINION", length = 500)
    private String opinion;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected DeclarationEntity() {
    }

    DeclarationEntity(long learnerId, int trainingYear, Declarations.Form form, Kind kind, Hours hours, Instant now) {
        this.learnerId = learnerId;
        this.trainingYear = trainingYear;
        this.kind = kind;
        this.title = form.title().strip();
        this.organizer = form.organizer().strip();
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.hoursTenths = Math.toIntExact(hours.tenths());
        this.city = form.city().strip();
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
    }

    long learnerId() {
        return learnerId;
    }

    String city() {
        return city;
    }

    Status status() {
        return status;
    }

    void decide(boolean approved, String by, String opinion, Instant at) {
        this.status = approved ? Status.APPROVED : Status.REFUSED;
        this.decidedBy = by;
        this.opinion = opinion;
        this.decidedAt = at;
    }

    Declarations.Declaration toView() {
        return new Declarations.Declaration(id, learnerId, trainingYear, kind.name(), title, organizer, startDate, endDate,
                Hours.ofTenths(hoursTenths), city, status.name(), submittedAt, decidedBy, decidedAt, opinion);
    }
}
