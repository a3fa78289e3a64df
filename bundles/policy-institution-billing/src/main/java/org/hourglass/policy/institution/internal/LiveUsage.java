package org.hourglass.policy.institution.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.commerce.PrepaidMinutes;
import org.hourglass.api.commerce.UsageReport;
import org.hourglass.api.live.LivePlatform;
import org.hourglass.api.platform.ScheduledWork;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IN-8 (seed 003 "直播订单会显示您实际使用的直播流量（分钟数）"; "每晚 24 点自动结算"): the viewer minutes of the institutions'
 * live lessons — live and replay, as the live platform counts them — go to their prepaid balances as they accrue. Each run
 * asks the platform for every lesson that started in the last {@value #REPLAY_DAYS} days, reports what grew since the last
 * report (the reference carries the running total, so a report repeated after a failure is recorded once) and remembers the
 * total; commerce settles each day's reports at midnight. Runs every {@code liveUsageCheckSeconds}, and on demand.
 */
@Component(service = LiveUsage.class, configurationPid = InstitutionConfig.PID)
public class LiveUsage {
    static final int REPLAY_DAYS = 90;
    private static final Logger LOG = LoggerFactory.getLogger(LiveUsage.class);

    private final JpaTemplate jpa;
    private final LiveSessions sessions;
    private final ClassDirectory classes;
    private final PrepaidMinutes prepaid;
    private final TimeSource time;
    /** Issue 20: once per cluster, on the node holding the task's lease. */
    private final ScheduledWork.Registration timer;

    @Activate
    public LiveUsage(@Reference ReviewStore store, @Reference LiveSessions sessions, @Reference ClassDirectory classes,
            @Reference PrepaidMinutes prepaid, @Reference TimeSource time, @Reference ScheduledWork work, InstitutionConfig config) {
        this.jpa = store.jpa();
        this.sessions = sessions;
        this.classes = classes;
        this.prepaid = prepaid;
        this.time = time;
        long every = Math.max(1, config.liveUsageCheckSeconds());
        this.timer = work.every("institution-billing.live-usage", java.time.Duration.ofSeconds(every), () -> {
            try {
                report();
            } catch (RuntimeException e) {
                LOG.warn("IN-8: reporting live-stream usage failed; it runs again in {} s", every, e);
            }
        });
    }

    @Deactivate
    void stop() {
        timer.close();
    }

    /** What one run reported: lessons whose minutes grew, and the minutes. */
    public record Reported(int sessions, long minutes) {
    }

    /** One run; runs do not overlap (the timer's and an on-demand one), so a total is reported once. */
    public synchronized Reported report() {
        LivePlatform live = sessions.platform();
        if (live == null) {
            return new Reported(0, 0);
        }
        Instant now = time.now();
        List<LiveSessionEntity> started = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s from LiveSessionEntity s "
                + "where s.startsAt <= :now and s.startsAt > :since order by s.id", LiveSessionEntity.class).setParameter("now", now)
                .setParameter("since", now.minus(Duration.ofDays(REPLAY_DAYS))).getResultList());
        Map<Long, Optional<ClassContext>> owners = new HashMap<>();
        int grown = 0;
        long minutes = 0;
        for (LiveSessionEntity s : started) {
            int total = live.attendance(s.reference()).stream().mapToInt(a -> a.liveMinutes() + a.replayMinutes()).sum();
            int delta = total - s.billedMinutes();
            Optional<ClassContext> cls = owners.computeIfAbsent(s.classId(), classes::context);
            if (delta <= 0 || cls.isEmpty()) {
                continue;
            }
            prepaid.used(new UsageReport(cls.get().owner().id(), (long) delta, now, s.reference() + "@" + total));
            jpa.tx(TransactionType.Required, em -> em.find(LiveSessionEntity.class, s.id()).billedMinutes(total));
            grown++;
            minutes += delta;
        }
        return new Reported(grown, minutes);
    }
}
