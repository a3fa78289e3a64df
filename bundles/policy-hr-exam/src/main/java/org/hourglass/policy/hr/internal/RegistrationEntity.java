package org.hourglass.policy.hr.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import org.hourglass.persistence.UtcInstant;

/**
 * A check-in registration (培训签到登记, HR-2) for one period. ID number, phone and email are each unique among the period's
 * registrations — the database says so, so two parallel registrations cannot both take one. The personal data is the
 * candidate's latest: he confirms it again when he submits his paper (HR-6).
 */
@Entity
@Table(name = "HR_REGISTRATION", uniqueConstraints = {
        @UniqueConstraint(name = "HR_REGISTRATION_ID_NUMBER", columnNames = {"PERIOD_ID", "ID_NUMBER"}),
        @UniqueConstraint(name = "HR_REGISTRATION_PHONE", columnNames = {"PERIOD_ID", "PHONE"}),
        @UniqueConstraint(name = "HR_REGISTRATION_EMAIL", columnNames = {"PERIOD_ID", "EMAIL"})})
public class RegistrationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PERIOD_ID", nullable = false)
    private long periodId;

    @Column(name = "ID_NUMBER", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "PHONE", nullable = false, length = 11)
    private String phone;

    @Column(name = "EMAIL", nullable = false, length = 100)
    private String email;

    @Column(name = "EMPLOYER", length = 100)
    private String employer;

    @Column(name = "REGISTERED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant registeredAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;

    protected RegistrationEntity() {
    }

    RegistrationEntity(long periodId, Registrations.Candidate c, Instant now) {
        this.periodId = periodId;
        this.idNumber = c.idNumber();
        this.registeredAt = now;
        update(c, now);
    }

    /** HR-6: the candidate's latest data (the ID number is the registration's key and never changes). */
    void update(Registrations.Candidate c, Instant now) {
        this.name = c.name();
        this.phone = c.phone();
        this.email = c.email();
        this.employer = c.employer();
        this.updatedAt = now;
    }

    long id() {
        return id;
    }

    long periodId() {
        return periodId;
    }

    Registrations.Candidate candidate() {
        return new Registrations.Candidate(name, idNumber, phone, email, employer);
    }

    Instant registeredAt() {
        return registeredAt;
    }
}
