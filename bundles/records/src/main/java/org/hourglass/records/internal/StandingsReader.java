package org.hourglass.records.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * expired-attempt sweep), the same facts {@link Progress} reads per learner.
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
        Map<Long, Map<Long, Long>> furthest = new HashMap<>();
        Map<Long, Map<Long, Integer>> best = new HashMap<>();
        Set<Long> disqualified = new HashSet<>();
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("select c.learnerId, c.chapterId, c.furthestMs from ChapterProgressEntity c where c.classId = :c", Object[].class)
                    .setParameter("c", classId).getResultList()
                    .forEach(r -> furthest.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Long) r[2]));
            // a projection read from one covering index, not entities: 80,000 managed attempts cost more than the rest of a
            // settlement; the best score per course is taken here (Derby's GROUP BY was slower than the merge, issue 7)
            em.createQuery("select a.learnerId, a.courseId, a.score from AttemptEntity a where a.classId = :c and a.practice = false "
                    + "and a.score is not null", Object[].class).setParameter("c", classId).getResultList()
                    .forEach(r -> best.computeIfAbsent((Long) r[0], k -> new HashMap<>()).merge((Long) r[1], (Integer) r[2], Math::max));
            disqualified.addAll(em.createQuery("select d.learnerId from DisqualificationEntity d where d.classId = :c", Long.class)
                    .setParameter("c", classId).getResultList());
        });
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
