package org.hourglass.policy.hr.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.authority.QualificationRegister;
import org.hourglass.api.authority.QualifiedPerson;
import org.hourglass.api.platform.ScheduledWork;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.platform.WorkingDays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HR-7 (seed 004 "考试结束后5个工作日内，通过人员信息录入北京市人力资源市场管理信息系统"): every passed candidate's latest data
 * goes to the register (core's {@link QualificationRegister}, any authority's) by the deadline, 5 working days after the
 * exam. A job runs every {@code handOffCheckSeconds} and on demand: each due hand-off is delivered under its idempotency key
 * (one per registration, so a repeat after a crash records nothing twice); a failure is retried after
 * {@code handOffRetrySeconds}, doubling up to 6 hours; every attempt is audited. The state is in the policy's tables, so a
 * removed and reinstalled policy picks up where it stopped. A period with undelivered candidates and its deadline within a
 * working day is AT RISK (health, {@code hr:periods}).
 */
@Component(service = HandOffs.class, configurationPid = HrExamConfig.PID)
public class HandOffs {
    static final Duration MAX_BACK_OFF = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(HandOffs.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile QualificationRegister register;

    private final JpaTemplate jpa;
    private final Periods periods;
    private final TimeSource time;
    private final WorkingDays workingDays;
    private final HrExamPolicy policy;
    /** Issue 20: once per cluster, on the node holding the task's lease. */
    private final ScheduledWork.Registration timer;

    @Activate
    public HandOffs(@Reference HrStore store, @Reference Periods periods, @Reference TimeSource time, @Reference WorkingDays workingDays,
            @Reference HrExamPolicy policy, @Reference ScheduledWork work, HrExamConfig config) {
        this.jpa = store.jpa();
        this.periods = periods;
        this.time = time;
        this.workingDays = workingDays;
        this.policy = policy;
        long every = Math.max(1, config.handOffCheckSeconds());
        this.timer = work.every("hr-exam.hand-off", java.time.Duration.ofSeconds(every), () -> {
            try {
                run(null);
            } catch (RuntimeException e) {
                LOG.warn("HR-7: the hand-off run failed; it runs again in {} s", every, e);
            }
        });
    }

    @Deactivate
    void stop() {
        timer.close();
    }

    public record Attempt(Instant at, boolean succeeded, String detail) {
    }

    /** One passed candidate's hand-off: PENDING (with the next try) or DELIVERED (with the register's receipt). */
    public record HandOff(long registrationId, String name, String idNumber, LocalDate deadline, String status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, String receipt, String lastError) {
    }

    /** A period's hand-off: {@code atRisk} when candidates are undelivered and the deadline is within a working day. */
    public record PeriodHandOff(int period, LocalDate examDate, LocalDate deadline, int passed, int delivered, boolean atRisk,
            List<HandOff> handOffs) {
    }

    public record Run(int attempted, int delivered, int failed) {
    }

    /** Delivers every due hand-off (of one period, or all); runs do not overlap. */
    public synchronized Run run(Integer periodNumber) {
        Long periodId = periodNumber == null ? null : periods.byNumber(periodNumber).id();
        Instant now = time.now();
        List<Long> due = jpa.txExpr(TransactionType.Required, em -> {
            var query = em.createQuery("select h.id from HandOffEntity h where h.deliveredAt is null and h.nextAttemptAt <= :now"
                    + (periodId == null ? "" : " and h.periodId = :p") + " order by h.id", Long.class).setParameter("now", now);
            return (periodId == null ? query : query.setParameter("p", periodId)).getResultList();
        });
        int delivered = 0;
        for (long id : due) {
            if (deliver(id)) {
                delivered++;
            }
        }
        return new Run(due.size(), delivered, due.size() - delivered);
    }

    /** One attempt: the register is called outside any transaction, its outcome recorded with the audit row in one. */
    private boolean deliver(long handOffId) {
        QualifiedPerson person = jpa.txExpr(TransactionType.Required, em -> {
            HandOffEntity h = em.find(HandOffEntity.class, handOffId);
            RegistrationEntity r = em.find(RegistrationEntity.class, h.registrationId());
            SittingEntity s = Sittings.sittingOf(em, r.id());
            Periods.Period p = periods.all().stream().filter(x -> x.id() == r.periodId()).findFirst().orElseThrow();
            Registrations.Candidate c = r.candidate();
            return new QualifiedPerson("hr-exam:registration:" + r.id(), "北京市人力资源市场从业人员考试 第 " + p.number() + " 期",
                    p.examDate(), s.score(), c.name(), c.idNumber(), c.phone(), c.email(), c.employer());
        });
        QualificationRegister to = register;
        String receipt = null;
        String error;
        try {
            if (to == null) {
                throw new IllegalStateException("no qualification register is deployed");
            }
            receipt = to.record(person);
            error = null;
        } catch (RuntimeException e) {
            error = String.valueOf(e.getMessage());
        }
        Instant now = time.now();
        String failure = error;
        String ok = receipt;
        jpa.tx(TransactionType.Required, em -> {
            HandOffEntity h = em.find(HandOffEntity.class, handOffId);
            if (h.delivered()) {
                return;
            }
            if (failure == null) {
                h.delivered(ok, now);
            } else {
                h.failed(failure, now.plus(backOff(h.attempts())));
            }
            em.persist(new HandOffAttemptEntity(handOffId, now, failure == null, failure == null ? "receipt " + ok : failure));
        });
        if (failure != null) {
            LOG.warn("HR-7: handing off {} failed (attempt recorded; retried with back-off): {}", person.key(), failure);
        }
        return failure == null;
    }

    /** Before attempt {@code done + 1}: the configured wait doubled per earlier failure, at most {@link #MAX_BACK_OFF}. */
    private Duration backOff(int done) {
        Duration first = Duration.ofSeconds(policy.config().handOffRetrySeconds());
        Duration wait = first.multipliedBy(1L << Math.min(done, 20));
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    public PeriodHandOff of(int number) {
        Periods.Period p = periods.byNumber(number);
        LocalDate deadline = workingDays.plusWorkingDays(p.examDate(), policy.config().handOffWorkingDays());
        List<HandOff> list = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select h, r from HandOffEntity h, "
                + "RegistrationEntity r where r.id = h.registrationId and h.periodId = :p order by h.id", Object[].class)
                .setParameter("p", p.id()).getResultStream()
                .map(row -> ((HandOffEntity) row[0]).toView(((RegistrationEntity) row[1]).candidate())).toList());
        int delivered = (int) list.stream().filter(h -> h.deliveredAt() != null).count();
        boolean atRisk = delivered < list.size() && !workingDays.nextWorkingDay(time.today()).isBefore(deadline(list, deadline));
        return new PeriodHandOff(p.number(), p.examDate(), deadline(list, deadline), list.size(), delivered, atRisk, list);
    }

    /** The earliest deadline of the period's hand-offs (fixed when each candidate passed), else today's reading. */
    private static LocalDate deadline(List<HandOff> list, LocalDate computed) {
        return list.stream().map(HandOff::deadline).min(LocalDate::compareTo).orElse(computed);
    }

    /** An attempt log of one candidate's hand-off, oldest first. */
    public List<Attempt> attempts(int number, long registrationId) {
        Periods.Period p = periods.byNumber(number);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from HandOffAttemptEntity a, HandOffEntity h where "
                + "a.handOffId = h.id and h.registrationId = :r and h.periodId = :p order by a.id", HandOffAttemptEntity.class)
                .setParameter("r", registrationId).setParameter("p", p.id()).getResultStream().map(HandOffAttemptEntity::toView).toList());
    }

    /** The periods whose hand-off is at risk, in words for health and the console. */
    public List<String> atRisk() {
        List<String> out = new ArrayList<>();
        List<Integer> withPending = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select distinct p.number from "
                + "HandOffEntity h, PeriodEntity p where p.id = h.periodId and h.deliveredAt is null", Integer.class).getResultList());
        for (int number : withPending) {
            PeriodHandOff h = of(number);
            if (h.atRisk()) {
                out.add("period " + number + ": " + (h.passed() - h.delivered()) + " of " + h.passed() + " passed candidates not yet "
                        + "handed off, due by " + h.deadline());
            }
        }
        return out;
    }
}
