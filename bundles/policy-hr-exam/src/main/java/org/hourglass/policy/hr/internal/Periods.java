package org.hourglass.policy.hr.internal;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.platform.WorkingDays;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.text.PlainText;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The exam periods (第 N 期) and what registration (HR-2) sees today: the period whose exam comes next, with its date and
 * instructions; none on an exam day, and none before the working day after the last exam (HR-3, seed 004: "考试当天不得进行
 * 培训签到登记 … 下一个工作日再扫码进行培训签到登记"), counted on core's working-day calendar.
 */
@Component(service = Periods.class)
public class Periods {
    private final JpaTemplate jpa;
    private final WorkingDays workingDays;
    private final TimeSource time;
    private final QuestionBank bank;
    private final HrExamPolicy policy;

    @Activate
    public Periods(@Reference HrStore store, @Reference WorkingDays workingDays, @Reference TimeSource time,
            @Reference QuestionBank bank, @Reference HrExamPolicy policy) {
        this.jpa = store.jpa();
        this.workingDays = workingDays;
        this.time = time;
        this.bank = bank;
        this.policy = policy;
    }

    /** {@code questionBank}: the catalogue papers the period's exam papers are drawn from (HR-5). */
    public record Period(long id, int number, LocalDate examDate, String instructions, List<Long> questionBank) {
    }

    public record NewPeriod(LocalDate examDate, String instructions, List<Long> questionBank) {
    }

    /**
     * Today's registration: {@code open} with the {@code period} it registers for, or closed with the {@code reason} and the
     * day it {@code opensOn} (null when no later period is planned).
     */
    public record Registration(LocalDate today, boolean open, Period period, LocalDate opensOn, String reason) {
    }

    /** The platform admin plans the next period: a working day after today and after the last period's exam. */
    public Period plan(NewPeriod body) {
        LocalDate today = time.today();
        List<Period> all = all();
        LocalDate last = all.isEmpty() ? null : all.get(all.size() - 1).examDate();
        if (body == null || body.examDate() == null || !body.examDate().isAfter(today) || (last != null && !body.examDate().isAfter(last))
                || !workingDays.isWorkingDay(body.examDate())) {
            throw Problem.invalid("the period has invalid fields", List.of(new FieldError("examDate", "a working day after today"
                    + (last == null ? "" : " and after the last exam (" + last + ")"))));
        }
        if (body.instructions() == null || body.instructions().isBlank() || body.instructions().length() > 2000
                || !body.instructions().lines().allMatch(l -> l.isBlank() || PlainText.isPlain(l))) {
            throw Problem.invalidField("instructions", "the exam's instructions (考试注意事项), 1 to 2000 characters of plain text");
        }
        HrExamConfig config = policy.config();
        String bankProblem = bank.problem(body.questionBank(), config.singleChoice(), config.multipleChoice());
        if (bankProblem != null) {
            throw Problem.invalidField("questionBank", bankProblem);
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                PeriodEntity p = new PeriodEntity(all.size() + 1, body.examDate(), body.instructions().strip(),
                        List.copyOf(new java.util.LinkedHashSet<>(body.questionBank())), time.now());
                em.persist(p);
                em.flush();
                return p.toView();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("another period was planned at the same moment; plan again");
            }
            throw e;
        }
    }

    public List<Period> all() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p from PeriodEntity p order by p.examDate",
                PeriodEntity.class).getResultStream().map(PeriodEntity::toView).toList());
    }

    /** The period numbered {@code number} (第 N 期), or 404. */
    public Period byNumber(int number) {
        return all().stream().filter(p -> p.number() == number).findFirst().orElseThrow(() -> Problem.notFound("exam period", number));
    }

    /** HR-4: the period whose exam is today, if any. */
    public java.util.Optional<Period> examToday() {
        LocalDate today = time.today();
        return all().stream().filter(p -> p.examDate().equals(today)).findFirst();
    }

    /** HR-2, HR-3: what registration sees today. */
    public Registration today() {
        LocalDate today = time.today();
        Period previous = null;
        Period next = null;
        for (Period p : all()) {
            if (p.examDate().equals(today)) {
                return new Registration(today, false, p, workingDays.nextWorkingDay(today), "HR-3: today is the exam day of period "
                        + p.number() + "; registration reopens on " + workingDays.nextWorkingDay(today));
            }
            if (p.examDate().isBefore(today)) {
                previous = p;
            } else if (next == null) {
                next = p;
            }
        }
        LocalDate opensOn = previous == null ? null : workingDays.nextWorkingDay(previous.examDate());
        if (opensOn != null && today.isBefore(opensOn)) {
            return new Registration(today, false, next, opensOn, "HR-3: registration for the next period opens on " + opensOn
                    + ", the working day after the exam of " + previous.examDate());
        }
        if (next == null) {
            return new Registration(today, false, null, null, "no exam period is planned yet");
        }
        return new Registration(today, true, next, null, null);
    }
}
