package org.hourglass.policy.institution.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.commerce.PrepaidMinutes;
import org.hourglass.api.live.LivePlatform;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.api.text.PlainText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * IN-10 live lessons (seed 003 "直播课程"): a class that planned live lessons (setting {@code live=true}, decided before it
 * opens: "如开课前设置为'不安排'，开课后无法在线上班级中补充设置直播课程") books sessions — topic, start, length, teacher — on
 * the live platform, before and after opening, until it closes; the statistics per session (watchers live and as a
 * replay, minutes) and per learner come from the platform.
 */
@Component(service = LiveSessions.class)
public class LiveSessions {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LivePlatform platform;

    private final JpaTemplate jpa;
    private final ClassDirectory classes;
    private final PrepaidMinutes prepaid;

    @Activate
    public LiveSessions(@Reference ReviewStore store, @Reference ClassDirectory classes, @Reference PrepaidMinutes prepaid) {
        this.jpa = store.jpa();
        this.classes = classes;
        this.prepaid = prepaid;
    }

    public record Plan(String topic, Instant startsAt, Integer minutes, String teacher) {
    }

    /** {@code reference}: the live platform's id of the session (its player and replay use it). */
    /** {@code billedMinutes}: viewer minutes reported to the institution's prepaid balance so far (IN-8, {@link LiveUsage}). */
    public record Session(long id, long classId, String topic, Instant startsAt, int minutes, String teacher, String reference,
            int watchers, int replayWatchers, int liveMinutes, int replayMinutes, int billedMinutes) {
    }

    public record Watched(long learnerId, int liveMinutes, int replayMinutes) {
    }

    public Session plan(Caller caller, long classId, Plan body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.topic() == null || body.topic().isBlank() || body.topic().length() > 200 || !PlainText.isPlain(body.topic())) {
            errors.add(new FieldError("topic", "required, at most 200 characters"));
        }
        if (body == null || body.startsAt() == null) {
            errors.add(new FieldError("startsAt", "required (ISO instant)"));
        }
        if (body == null || body.minutes() == null || body.minutes() < 1 || body.minutes() > 600) {
            errors.add(new FieldError("minutes", "1 to 600"));
        }
        if (body == null || body.teacher() == null || body.teacher().isBlank() || body.teacher().length() > 50
                || !PlainText.isPlain(body.teacher())) {
            errors.add(new FieldError("teacher", "required, at most 50 characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the live session has invalid fields", errors);
        }
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        if (!Boolean.parseBoolean(cls.setting("live", "false"))) {
            throw Problem.ruleViolated("IN-10", "class " + classId + " planned no live lessons before opening (setting live)");
        }
        if (InstitutionPolicy.CLOSING_REVIEW.equals(cls.status()) || InstitutionPolicy.CLOSED.equals(cls.status())) {
            throw Problem.ruleViolated("IN-10", "class " + classId + " is " + cls.status() + "; no more live lessons");
        }
        if (prepaid.balance(cls.owner().id()).minutes() <= 0) {
            throw Problem.ruleViolated("IN-8", "the institution has no prepaid live-stream minutes; top them up first (seed 003 "
                    + "\"设置直播课程前，需要为培训账号进行直播流量充值\": an order of LIVE_MINUTES)");
        }
        LivePlatform live = requirePlatform();
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                long n = em.createQuery("select count(s) from LiveSessionEntity s where s.classId = :c", Long.class)
                        .setParameter("c", classId).getSingleResult();
                String reference = live.book("class-" + classId + "-session-" + (n + 1), body.topic().strip(), body.startsAt(), body.minutes());
                LiveSessionEntity s = new LiveSessionEntity(classId, body.topic().strip(), body.startsAt(), body.minutes(),
                        body.teacher().strip(), reference);
                em.persist(s);
                em.flush(); // a plan sent twice at once books the same key: the unique reference refuses the second here
                return s.toView(0, 0, 0, 0);
            });
        } catch (javax.persistence.PersistenceException e) {
            if (org.hourglass.persistence.UniqueViolation.in(e)) {
                throw Problem.conflict("IN-10: another live lesson of class " + classId + " was planned at the same moment; plan again");
            }
            throw e;
        }
    }

    public List<Session> sessions(Caller caller, long classId) {
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        LivePlatform live = requirePlatform();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s from LiveSessionEntity s where s.classId = :c "
                + "order by s.id", LiveSessionEntity.class).setParameter("c", classId).getResultList()).stream().map(s -> {
                    List<LivePlatform.Attendance> seen = live.attendance(s.reference());
                    return s.toView((int) seen.stream().filter(a -> a.liveMinutes() > 0).count(),
                            (int) seen.stream().filter(a -> a.replayMinutes() > 0).count(),
                            seen.stream().mapToInt(LivePlatform.Attendance::liveMinutes).sum(),
                            seen.stream().mapToInt(LivePlatform.Attendance::replayMinutes).sum());
                }).toList();
    }

    /** Per learner of the roster: minutes watched live and as a replay ("学员观看详情"). */
    public List<Watched> attendance(Caller caller, long classId, long sessionId) {
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        LiveSessionEntity s = jpa.txExpr(TransactionType.Required, em -> em.find(LiveSessionEntity.class, sessionId));
        if (s == null || s.classId() != classId) {
            throw Problem.notFound("live session", sessionId);
        }
        java.util.Map<Long, LivePlatform.Attendance> seen = new java.util.HashMap<>();
        requirePlatform().attendance(s.reference()).forEach(a -> seen.put(a.learnerId(), a));
        return classes.roster(classId).stream().map(r -> {
            LivePlatform.Attendance a = seen.get(r.learnerId());
            return new Watched(r.learnerId(), a == null ? 0 : a.liveMinutes(), a == null ? 0 : a.replayMinutes());
        }).toList();
    }

    LivePlatform platform() {
        return platform;
    }

    private LivePlatform requirePlatform() {
        LivePlatform live = platform;
        if (live == null) {
            throw new Problem(503, "live-platform-unavailable", "Live platform unavailable",
                    "IN-10: no live platform is connected; nothing was changed", List.of());
        }
        return live;
    }
}
