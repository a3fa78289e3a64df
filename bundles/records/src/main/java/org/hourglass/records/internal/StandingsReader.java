package org.hourglass.records.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.ClassStandings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A class's standings from four queries (chapter coverage, scored attempts, disqualifications, plus the
 * expired-attempt sweep), the same facts {@link Progress} reads per learner. Issue 19: the facts read are kept for the
 * class while its change count ({@link ClassFacts}) stays the same — a settled or quiet class (the estimate page, the
 * claim package, the nightly settlement) is not read again row by row; the roster and the policy's answers are asked
 * every time.
 */
@Component(service = ClassStandings.class)
public class StandingsReader implements ClassStandings {
    private final JpaTemplate jpa;
    private final StudyGate gate;
    private final ClassDirectory classes;
    private final ExamService exams;
    private final PolicyRegistry policies;

    @Activate
    public StandingsReader(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference StudyGate gate,
            @Reference ClassDirectory classes, @Reference ExamService exams, @Reference PolicyRegistry policies) {
        this.policies = policies;
        this.jpa = jpa;
        this.gate = gate;
        this.classes = classes;
        this.exams = exams;
    }

    /**
     * Issue 19: the reads in classes, catalogue, the policy and here join one transaction (one connection, one commit)
     * instead of one each.
     */
    @Override
    public List<LearnerStanding> standings(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> read(classId));
    }

    /** A class's settled facts as read at one change count: coverage by learner and chapter, best exam scores, disqualified. */
    private record Facts(long changes, Map<Long, Map<Long, Long>> furthest, Map<Long, Map<Long, Integer>> best, Set<Long> disqualified,
            int rows) {
    }

    /** Kept facts, at most {@link #KEPT_ROWS} rows over all classes, the least recently settled class dropped first. */
    static final int KEPT_ROWS = 400_000;
    private final Map<Long, Facts> kept = new LinkedHashMap<>(16, 0.75f, true);
    private int keptRows;

    private Facts facts(long classId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            // the count first: facts read after it are at least as new, so a later count equal to it proves them current
            long changes = ClassFacts.changes(em, classId);
            synchronized (kept) {
                Facts known = kept.get(classId);
                if (known != null && changes >= 0 && known.changes() == changes) {
                    return known;
                }
            }
            Facts read = read(em, classId, changes);
            if (changes >= 0) {
                keep(classId, read);
            }
            return read;
        });
    }

    private void keep(long classId, Facts facts) {
        synchronized (kept) {
            Facts before = kept.put(classId, facts);
            keptRows += facts.rows() - (before == null ? 0 : before.rows());
            Iterator<Map.Entry<Long, Facts>> eldest = kept.entrySet().iterator();
            while (keptRows > KEPT_ROWS && eldest.hasNext()) {
                keptRows -= eldest.next().getValue().rows();
                eldest.remove();
            }
        }
    }

    private static Facts read(EntityManager em, long classId, long changes) {
        Map<Long, Map<Long, Long>> furthest = new HashMap<>();
        Map<Long, Map<Long, Integer>> best = new HashMap<>();
        int[] rows = {0};
        em.createQuery("select c.learnerId, c.chapterId, c.furthestMs from ChapterProgressEntity c where c.classId = :c", Object[].class)
                .setParameter("c", classId).getResultList().forEach(r -> {
                    rows[0]++;
                    furthest.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Long) r[2]);
                });
        // a projection read from one covering index, not entities: 80,000 managed attempts cost more than the rest of a
        // settlement; the best score per course is taken here (Derby's GROUP BY was slower than the merge, issue 7)
        em.createQuery("select a.learnerId, a.courseId, a.score from AttemptEntity a where a.classId = :c and a.practice = false "
                + "and a.score is not null", Object[].class).setParameter("c", classId).getResultList().forEach(r -> {
                    rows[0]++;
                    best.computeIfAbsent((Long) r[0], k -> new HashMap<>()).merge((Long) r[1], (Integer) r[2], Math::max);
                });
        Set<Long> disqualified = Set.copyOf(em.createQuery("select d.learnerId from DisqualificationEntity d where d.classId = :c",
                Long.class).setParameter("c", classId).getResultList());
        return new Facts(changes, furthest, best, disqualified, rows[0] + disqualified.size());
    }

    private List<LearnerStanding> read(long classId) {
        Optional<ClassView> found = classes.find(classId);
        if (found.isEmpty() || found.get().packageId() == null) {
            return List.of();
        }
        ClassView cls = found.get();
        PackageView pkg = gate.packageOf(cls);
        List<RosterEntryView> roster = classes.roster(classId);
        // JS-4 shape: each learner's courses, asked of the policy once for the whole roster
        Map<Long, List<CourseView>> coursesOf = gate.coursesOf(cls, pkg, roster.stream().map(RosterEntryView::learnerId)
                .collect(java.util.stream.Collectors.toSet()));
        exams.finishExpiredInClass(classId);
        Facts facts = facts(classId);
        Map<Long, Map<Long, Long>> furthest = facts.furthest();
        Map<Long, Map<Long, Integer>> best = facts.best();
        Set<Long> disqualified = facts.disqualified();
        boolean classExamRequired = Progress.classExamRequired(pkg, policies, classes, cls);
        boolean joinStep = ClassJoining.asked(policies, classes, cls);
        List<LearnerStanding> out = new ArrayList<>();
        for (RosterEntryView entry : roster) {
            if (!entry.active()) {
                continue; // BJ-1: left the organisation — in no standing, settlement or claim of its classes
            }
            long learner = entry.learnerId();
            Map<Long, Long> f = furthest.getOrDefault(learner, new HashMap<>());
            Map<Long, Integer> scores = best.getOrDefault(learner, new HashMap<>()); // key null = class exam
            List<CourseStanding> rows = new ArrayList<>();
            Progress.Coverage all = Progress.Coverage.NONE;
            for (CourseView c : coursesOf.get(learner)) {
                Progress.Coverage cov = Progress.Coverage.of(c, f);
                all = all.plus(cov);
                rows.add(new CourseStanding(c.id(), c.type(), Hours.fromSeconds(c.durationSeconds(), pkg.minutesPerHour()), cov.percent(),
                        scores.get(c.id())));
            }
            out.add(new LearnerStanding(learner, rows, all.percent(), scores.get(null), Hours.ZERO, disqualified.contains(learner),
                    classExamRequired, !joinStep || entry.enteredAt() != null));
        }
        return out;
    }
}
