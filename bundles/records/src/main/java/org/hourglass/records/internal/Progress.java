package org.hourglass.records.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.CourseProgress;
import org.hourglass.api.records.LearningRecords;
import org.hourglass.api.records.StudyKey;
import org.hourglass.api.records.ProgressView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Progress from the facts (C-32): watched share per course and class, credited time from the ledger,
 * best exam scores (C-35); and the class policy's judgement of them (C-37 effective hours, completion).
 */
@Component(service = {Progress.class, LearningRecords.class})
public class Progress implements LearningRecords {
    private final JpaTemplate jpa;
    private final StudyGate gate;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;

    @Activate
    public Progress(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference StudyGate gate,
            @Reference ClassDirectory classes, @Reference PolicyRegistry policies) {
        this.jpa = jpa;
        this.gate = gate;
        this.classes = classes;
        this.policies = policies;
    }

    @Override
    public long studiedMillis(long classId, long learnerId) {
        return jpa.txExpr(TransactionType.Required, em -> sum(em.createQuery("select sum(d.creditedMs + d.cappedMs) from DayLedgerEntity d "
                + "where d.classId = :c and d.learnerId = :l", Long.class).setParameter("c", classId).setParameter("l", learnerId)
                .getSingleResult()));
    }

    @Override
    public long longestStudyOnCourse(long classId, long courseId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select sum(d.creditedMs + d.cappedMs) from DayLedgerEntity d "
                + "where d.classId = :c and d.courseId = :k group by d.learnerId", Long.class).setParameter("c", classId)
                .setParameter("k", courseId).getResultList().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    @Override
    public long studiedOnCourseMillis(long classId, long learnerId, long courseId) {
        return jpa.txExpr(TransactionType.Required, em -> sum(em.createQuery("select sum(d.creditedMs + d.cappedMs) from DayLedgerEntity d "
                + "where d.classId = :c and d.learnerId = :l and d.courseId = :k", Long.class).setParameter("c", classId)
                .setParameter("l", learnerId).setParameter("k", courseId).getSingleResult()));
    }

    /** One read per 500 classes concerned (a refund's copies are usually of one class), matched in memory. */
    @Override
    public Map<StudyKey, Long> studiedOnCourses(Collection<StudyKey> keys) {
        Set<StudyKey> wanted = new HashSet<>(keys);
        List<Long> classIds = wanted.stream().map(StudyKey::classId).distinct().toList();
        Map<StudyKey, Long> studied = new HashMap<>();
        wanted.forEach(k -> studied.put(k, 0L));
        for (int from = 0; from < classIds.size(); from += 500) {
            List<Long> chunk = classIds.subList(from, Math.min(classIds.size(), from + 500));
            jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d.classId, d.learnerId, d.courseId, "
                    + "sum(d.creditedMs + d.cappedMs) from DayLedgerEntity d where d.classId in :c "
                    + "group by d.classId, d.learnerId, d.courseId", Object[].class).setParameter("c", chunk).getResultList())
                    .forEach(r -> {
                        StudyKey k = new StudyKey((Long) r[0], (Long) r[1], (Long) r[2]);
                        if (wanted.contains(k)) {
                            studied.put(k, sum((Long) r[3]));
                        }
                    });
        }
        return studied;
    }

    int coursePercent(long learnerId, long classId, CourseView course) {
        return jpa.txExpr(TransactionType.Required, em -> coursePercent(em, learnerId, classId, course));
    }

    int classPercent(long learnerId, ClassView cls, PackageView pkg) {
        List<CourseView> courses = gate.coursesOf(cls, pkg, learnerId);
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, Long> furthest = furthest(em, learnerId, cls.id());
            Coverage all = courses.stream().map(c -> Coverage.of(c, furthest)).reduce(Coverage.NONE, Coverage::plus);
            return all.percent();
        });
    }

    /** The learner's progress in the class, with the policy's judgement when the policy is deployed. */
    ProgressView of(ClassView cls, long learnerId, ExamService exams) {
        PackageView pkg = gate.packageOf(cls);
        exams.finishExpired(learnerId, cls.id());
        List<CourseView> courses = gate.coursesOf(cls, pkg, learnerId);
        Facts facts = jpa.txExpr(TransactionType.Required, em -> facts(em, learnerId, cls.id()));
        List<CourseStanding> standings = new ArrayList<>();
        Coverage all = Coverage.NONE;
        long creditedAll = 0;
        for (CourseView c : courses) {
            Coverage course = Coverage.of(c, facts.furthest());
            all = all.plus(course);
            creditedAll += facts.credited().getOrDefault(c.id(), 0L);
            standings.add(new CourseStanding(c.id(), c.type(), Hours.fromSeconds(c.durationSeconds(), pkg.minutesPerHour()),
                    course.percent(), facts.bestScores().get(c.id())));
        }
        LearnerStanding standing = new LearnerStanding(learnerId, standings, all.percent(),
                facts.bestScores().get(null), Hours.ZERO, facts.disqualified(), classExamRequired(pkg, policies, classes, cls),
                !ClassJoining.asked(policies, classes, cls) || ClassJoining.entered(classes, cls.id(), learnerId));
        Optional<TrainingPolicy> policy = policies.find(cls.policy());
        Optional<ClassContext> ctx = classes.context(cls.id());
        Completion completion = policy.isPresent() && ctx.isPresent() ? policy.get().completion(ctx.get(),
                SettlementService.withRecognised(standing, policy.get().recognisedHours(ctx.get()))) : null;
        List<CourseProgress> rows = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            CourseView c = courses.get(i);
            CourseStanding s = standings.get(i);
            rows.add(new CourseProgress(c.id(), c.title(), c.type(), s.hours(), s.watchedPercent(),
                    Hours.fromSeconds(facts.credited().getOrDefault(c.id(), 0L) / 1000, pkg.minutesPerHour()), s.bestScore(),
                    completion == null ? null : completion.effectiveCourseIds().contains(c.id())));
        }
        return new ProgressView(cls.id(), learnerId, standing.classProgressPercent(), Hours.fromSeconds(creditedAll / 1000,
                pkg.minutesPerHour()), rows, completion == null ? null : completion.totalEffectiveHours(),
                completion == null ? null : completion.classCompleted(), completion == null ? null : completion.certificateEligible(),
                standing.disqualified());
    }

    /**
     * C-12: the package requires its exam (and has a paper for it) and the class's policy examines the class as a whole
     * (JS-6a shape); where exams are per course the package's paper is never taken, so it cannot be required.
     */
    static boolean classExamRequired(PackageView pkg, PolicyRegistry policies, ClassDirectory classes, ClassView cls) {
        return pkg.examRequired() && pkg.paperId() != null && policies.find(cls.policy()).flatMap(p -> classes.context(cls.id())
                .map(ctx -> p.examRules(ctx).scope() == org.hourglass.api.policy.ExamScope.CLASS)).orElse(false);
    }

    /** Coverage per chapter, credited ms per course, best non-practice score per course (key null = class exam). */
    private record Facts(Map<Long, Long> furthest, Map<Long, Long> credited, Map<Long, Integer> bestScores, boolean disqualified) {
    }

    private static Facts facts(EntityManager em, long learnerId, long classId) {
        Map<Long, Long> credited = em.createQuery("select d.courseId, sum(d.creditedMs) from DayLedgerEntity d where d.learnerId = :l "
                + "and d.classId = :c group by d.courseId", Object[].class).setParameter("l", learnerId).setParameter("c", classId)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        Map<Long, Integer> best = new java.util.HashMap<>();
        em.createQuery("select a from AttemptEntity a where a.learnerId = :l and a.classId = :c and a.practice = false "
                + "and a.score is not null", AttemptEntity.class).setParameter("l", learnerId).setParameter("c", classId)
                .getResultList().forEach(a -> best.merge(a.courseId(), a.score(), Math::max));
        return new Facts(furthest(em, learnerId, classId), credited, best, Challenges.disqualified(em, learnerId, classId));
    }

    private static Map<Long, Long> furthest(EntityManager em, long learnerId, long classId) {
        return em.createQuery("select c.chapterId, c.furthestMs from ChapterProgressEntity c where c.learnerId = :l and c.classId = :c",
                Object[].class).setParameter("l", learnerId).setParameter("c", classId).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** C-32: the share of the course's length covered by credited study, whole percent rounded down. */
    static int coursePercent(EntityManager em, long learnerId, long classId, CourseView course) {
        Map<Long, Long> furthest = em.createQuery("select c.chapterId, c.furthestMs from ChapterProgressEntity c "
                + "where c.learnerId = :l and c.classId = :c and c.courseId = :k", Object[].class)
                .setParameter("l", learnerId).setParameter("c", classId).setParameter("k", course.id())
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return Coverage.of(course, furthest).percent();
    }

    /** Credited coverage against length, in ms, over some chapters (C-32). */
    record Coverage(long coveredMs, long lengthMs) {
        static final Coverage NONE = new Coverage(0, 0);

        static Coverage of(CourseView course, Map<Long, Long> furthestByChapter) {
            long covered = 0;
            long total = 0;
            for (ChapterView ch : course.chapters()) {
                long len = ch.durationSeconds() * 1000L;
                covered += Math.min(len, furthestByChapter.getOrDefault(ch.id(), 0L));
                total += len;
            }
            return new Coverage(covered, total);
        }

        Coverage plus(Coverage o) {
            return new Coverage(coveredMs + o.coveredMs, lengthMs + o.lengthMs);
        }

        int percent() {
            return Millis.percent(coveredMs, lengthMs);
        }
    }

    private static long sum(Long value) {
        return value == null ? 0 : value;
    }
}
