package org.hourglass.policy.hr.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.RequestThrottle;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.text.PlainText;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * HR-2 check-in registration (培训签到登记), public like the seed's QR code: the candidate fills his data, previews it,
 * submits; the answer is the current period's exam date and instructions. ID number, phone and email are each unique among
 * the period's registrations (seed 004 FAQ "身份证号、手机号、邮箱均需具有唯一性"): the same ID again answers "already
 * registered" with the exam information again, a phone or email someone else gave is refused with its field named.
 * Closed on an exam day (HR-3). Failed or absent candidates register again for a later period (HR-8); a candidate who passed
 * has nothing to register for. Every public request is throttled per client address (no enumeration of who registered).
 */
@Component(service = Registrations.class)
public class Registrations {
    static final String PUBLIC_BUCKET = "hr-exam:public";

    private final JpaTemplate jpa;
    private final Periods periods;
    private final TimeSource time;
    private final RequestThrottle throttle;
    private final HrExamPolicy policy;

    @Activate
    public Registrations(@Reference HrStore store, @Reference Periods periods, @Reference TimeSource time,
            @Reference RequestThrottle throttle, @Reference HrExamPolicy policy) {
        this.jpa = store.jpa();
        this.periods = periods;
        this.time = time;
        this.throttle = throttle;
        this.policy = policy;
    }

    /** A candidate's personal data (seed 004 "培训签到信息"); {@code employer} (工作单位) is optional. */
    public record Candidate(String name, String idNumber, String phone, String email, String employer) {
    }

    /** What registration answers: the period's exam date and instructions; {@code alreadyRegistered} for a known ID (HR-2). */
    public record Registered(boolean alreadyRegistered, int period, LocalDate examDate, String instructions, Instant registeredAt) {
    }

    /** The preview ("点击预览核对信息无误后再提交"): the data as it will be kept, and the period it registers for. Nothing is written. */
    public record Preview(Candidate candidate, int period, LocalDate examDate) {
    }

    /** One registration as platform staff see it, with its sitting's outcome when there is one. */
    public record Row(long id, Candidate candidate, Instant registeredAt, String exam, java.math.BigDecimal score) {
    }

    /** Every public request of the policy passes here first: per client address, the configured rate. */
    void admit(String client) {
        HrExamConfig c = policy.config();
        throttle.admit(PUBLIC_BUCKET, client == null ? "unknown" : client, c.publicRequestsPerClient(),
                Duration.ofMinutes(c.publicWindowMinutes()));
    }

    public Preview preview(Candidate body, String client) {
        admit(client);
        Candidate c = validated(body);
        Periods.Period period = openPeriod();
        return new Preview(c, period.number(), period.examDate());
    }

    public Registered register(Candidate body, String client) {
        admit(client);
        Candidate c = validated(body);
        Periods.Period period = openPeriod();
        refuseIfPassed(c.idNumber());
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Optional<RegistrationEntity> known = find(em, period.id(), c.idNumber());
                if (known.isPresent()) {
                    return registered(true, period, known.get().registeredAt());
                }
                refuseTaken(em, period.id(), c, null);
                RegistrationEntity r = new RegistrationEntity(period.id(), c, time.now());
                em.persist(r);
                em.flush();
                return registered(false, period, r.registeredAt());
            });
        } catch (PersistenceException e) {
            if (!UniqueViolation.in(e)) {
                throw e;
            }
            // a parallel registration took the ID, phone or email first: answer as if it had come before
            return jpa.txExpr(TransactionType.Required, em -> {
                Optional<RegistrationEntity> known = find(em, period.id(), c.idNumber());
                if (known.isPresent()) {
                    return registered(true, period, known.get().registeredAt());
                }
                refuseTaken(em, period.id(), c, null);
                throw Problem.conflict("a parallel registration got in first; submit again");
            });
        }
    }

    /** The period's registrations, oldest first, for platform staff. */
    public List<Row> of(int number) {
        Periods.Period period = periods.byNumber(number);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select r, s from RegistrationEntity r left join SittingEntity s "
                + "on s.registrationId = r.id where r.periodId = :p order by r.id", Object[].class).setParameter("p", period.id())
                .getResultStream().map(row -> {
                    RegistrationEntity r = (RegistrationEntity) row[0];
                    SittingEntity s = (SittingEntity) row[1];
                    String exam = s == null ? "ABSENT" : !s.submitted() ? "SITTING" : Boolean.TRUE.equals(s.passed()) ? "PASSED" : "FAILED";
                    return new Row(r.id(), r.candidate(), r.registeredAt(), exam, s == null ? null : s.score());
                }).toList());
    }

    static Optional<RegistrationEntity> find(EntityManager em, long periodId, String idNumber) {
        return em.createQuery("select r from RegistrationEntity r where r.periodId = :p and r.idNumber = :id", RegistrationEntity.class)
                .setParameter("p", periodId).setParameter("id", idNumber).getResultStream().findFirst();
    }

    /** HR-2, HR-6: a phone or email another registration of the period gave is refused, its field named. */
    static void refuseTaken(EntityManager em, long periodId, Candidate c, Long self) {
        List<FieldError> errors = new ArrayList<>();
        if (taken(em, periodId, "phone", c.phone(), self)) {
            errors.add(new FieldError("phone", "this phone number was already given by another registration of this period; give "
                    + "your own (seed 004: 手机号需具有唯一性)"));
        }
        if (taken(em, periodId, "email", c.email(), self)) {
            errors.add(new FieldError("email", "this email address was already given by another registration of this period; give "
                    + "your own (seed 004: 邮箱需具有唯一性)"));
        }
        if (!errors.isEmpty()) {
            throw new Problem(409, "not-unique", "Already used", "HR-2: the ID number, phone and email of a registration must each "
                    + "be unique", errors);
        }
    }

    private static boolean taken(EntityManager em, long periodId, String field, String value, Long self) {
        var query = em.createQuery("select r.id from RegistrationEntity r where r.periodId = :p and r." + field + " = :v"
                + (self == null ? "" : " and r.id <> :self"), Long.class).setParameter("p", periodId).setParameter("v", value);
        if (self != null) {
            query.setParameter("self", self);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    private Registered registered(boolean already, Periods.Period period, Instant at) {
        return new Registered(already, period.number(), period.examDate(), period.instructions(), at);
    }

    private Periods.Period openPeriod() {
        Periods.Registration today = periods.today();
        if (!today.open()) {
            throw new Problem(409, "registration-closed", "Registration closed", today.reason()
                    + (today.opensOn() == null ? "" : " (registration opens on " + today.opensOn() + ")"), List.of());
        }
        return today.period();
    }

    /** HR-8 is for failed or absent candidates: one who passed is on the hand-off list already. */
    private void refuseIfPassed(String idNumber) {
        List<Integer> passed = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p.number from RegistrationEntity r, "
                + "SittingEntity s, PeriodEntity p where s.registrationId = r.id and p.id = r.periodId and r.idNumber = :id "
                + "and s.passed = true", Integer.class).setParameter("id", idNumber).getResultList());
        if (!passed.isEmpty()) {
            throw Problem.ruleViolated("HR-8", "this ID number passed the exam of period " + passed.get(0)
                    + "; only failed or absent candidates register again");
        }
    }

    /** The candidate's data as kept, or 400 naming every bad field. */
    Candidate validated(Candidate body) {
        Candidate c = Problem.requireBody(body);
        List<FieldError> errors = new ArrayList<>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 50 || !PlainText.isPlain(name)) {
            errors.add(new FieldError("name", "required: your name as on your ID card, at most 50 characters"));
        }
        String id = ResidentIdNumber.normalize(c.idNumber());
        ResidentIdNumber.problem(id, time.today()).ifPresent(p -> errors.add(new FieldError("idNumber", p)));
        String phone = c.phone() == null ? "" : c.phone().strip();
        if (!phone.matches("1[3-9]\\d{9}")) {
            errors.add(new FieldError("phone", "an 11-digit mainland mobile number"));
        }
        String email = c.email() == null ? "" : c.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (email.length() > 100 || !email.matches("[^@\\s]{1,64}@[^@\\s]{1,90}\\.[^@\\s]{2,}") || !PlainText.isPlain(email)) {
            errors.add(new FieldError("email", "an email address, at most 100 characters"));
        }
        String employer = c.employer() == null || c.employer().isBlank() ? null : c.employer().strip();
        if (employer != null && (employer.length() > 100 || !PlainText.isPlain(employer))) {
            errors.add(new FieldError("employer", "at most 100 characters of plain text"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the registration has invalid fields", errors);
        }
        return new Candidate(name, id, phone, email, employer);
    }
}
