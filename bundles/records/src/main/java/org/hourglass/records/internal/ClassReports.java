package org.hourglass.records.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.ClassOverview;
import org.hourglass.api.records.ClassStandings;
import org.hourglass.api.records.LearnerLearning;
import org.hourglass.api.records.LearnerReportRow;
import org.hourglass.api.records.SignInDay;
import org.hourglass.api.records.SignInReport;
import org.hourglass.api.records.StudyDay;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-27: the staff's views of a class (seed 003 "班级概况", "学员管理", "签到统计", "学习情况"), read from the roster (classes),
 * the accounts (joined = activated, C-2) and the records. Reads only; for whoever manages the class (no IDOR: 404).
 */
@Component(service = ClassReports.class)
public class ClassReports {
    /** Sign-in statistics cover at most this many days back from today. */
    static final int MAX_DAYS = 366;

    private final JpaTemplate jpa;
    private final ClassDirectory classes;
    private final LearnerDirectory learners;
    private final ClassStandings standings;
    private final StudyGate gate;
    private final PolicyRegistry policies;
    private final TimeSource time;

    @Activate
    public ClassReports(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference ClassDirectory classes,
            @Reference LearnerDirectory learners, @Reference ClassStandings standings, @Reference StudyGate gate,
            @Reference PolicyRegistry policies, @Reference TimeSource time) {
        this.jpa = jpa;
        this.classes = classes;
        this.learners = learners;
        this.standings = standings;
        this.gate = gate;
        this.policies = policies;
        this.time = time;
    }

    ClassView managed(Caller caller, long classId) {
        return classes.find(classId).filter(c -> ClassOwnership.manages(caller, c)).orElseThrow(() -> Problem.notFound("class", classId));
    }

    public ClassOverview overview(Caller caller, long classId) {
        ClassView cls = managed(caller, classId);
        List<LearnerReportRow> rows = rows(caller, cls).stream().map(Row::view).filter(r -> !r.left()).toList();
        int joined = (int) rows.stream().filter(LearnerReportRow::joined).count();
        int completed = (int) rows.stream().filter(LearnerReportRow::completedAll).count();
        List<CourseView> courses = cls.packageId() == null ? List.of() : gate.courses(gate.packageOf(cls));
        long seconds = courses.stream().mapToLong(CourseView::durationSeconds).sum();
        SignInReport signIns = signIns(cls);
        return new ClassOverview(classId, rows.size(), courses.size(), seconds, joined, rows.size() - joined, completed,
                rows.size() - completed, signIns.ratePercent());
    }

    /** The roster with the seed's columns; {@code joined} null = all; {@code text} matches name, contact or ID number. */
    public List<LearnerReportRow> learners(Caller caller, long classId, Boolean joined, String text) {
        ClassView cls = managed(caller, classId);
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return rows(caller, cls).stream().filter(r -> joined == null || r.view().joined() == joined)
                .filter(r -> needle == null || contains(r.view().name(), needle) || contains(r.view().contact(), needle)
                        || (r.fullIdNumber() != null && r.fullIdNumber().toLowerCase(Locale.ROOT).equals(needle)))
                .map(Row::view).toList();
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** A row as shown, with the full ID number to search by (seed 003 "学员姓名/联系方式/证件号 搜索"). */
    private record Row(LearnerReportRow view, String fullIdNumber) {
    }

    private List<Row> rows(Caller caller, ClassView cls) {
        List<RosterEntryView> roster = classes.roster(cls.id());
        Map<Long, LearnerView> accounts = learners.findAll(roster.stream().map(RosterEntryView::learnerId).toList());
        Map<Long, Integer> progress = cls.packageId() == null ? Map.of() : standings.standings(cls.id()).stream()
                .collect(Collectors.toMap(LearnerStanding::learnerId, LearnerStanding::classProgressPercent));
        Map<Long, Long> credited = creditedMs(cls.id());
        LearningStatus status = LearningStatus.of(jpa, cls.id());
        long courseSeconds = cls.packageId() == null ? 0 : gate.courses(gate.packageOf(cls)).stream()
                .mapToLong(CourseView::durationSeconds).sum();
        int minutesPerHour = minutesPerHour(cls);
        boolean fullIds = caller.hasRole(Roles.PLATFORM_ADMIN);
        // joined: with the class password where the policy asks for it (seed 003 "加入班级"), else by activating the account (C-2)
        boolean joinStep = ClassJoining.asked(policies, classes, cls);
        List<Row> out = new ArrayList<>();
        for (RosterEntryView entry : roster) {
            LearnerView l = accounts.get(entry.learnerId());
            if (l == null) {
                continue;
            }
            int percent = progress.getOrDefault(entry.learnerId(), 0);
            out.add(new Row(new LearnerReportRow(l.id(), l.name(), entry.contact(), l.idType(), fullIds ? l.idNumber() : ResidentIdNumber.mask(l.idNumber()),
                    l.gender(), joined(joinStep, l, entry), joinStep ? entry.enteredAt() : l.readyToStudy() ? l.activatedAt() : null,
                    l.phoneBound() ? l.phone() : null,
                    entry.joinedAt(), !entry.active(), percent, Hours.fromSeconds(credited.getOrDefault(l.id(), 0L) / 1000, minutesPerHour),
                    percent >= 100, status.bestScore().get(l.id()), courseSeconds, credited.getOrDefault(l.id(), 0L) / 1000,
                    status.lastStudyAt().get(l.id()), status.signInDays().getOrDefault(l.id(), 0), status.photos().getOrDefault(l.id(), 0)),
                    l.idNumber()));
        }
        return out;
    }

    private static boolean joined(boolean joinStep, LearnerView learner, RosterEntryView entry) {
        return joinStep ? entry.enteredAt() != null : learner.readyToStudy();
    }

    private int minutesPerHour(ClassView cls) {
        return cls.packageId() == null ? 45 : gate.packageOf(cls).minutesPerHour();
    }

    private Map<Long, Long> creditedMs(long classId) {
        Map<Long, Long> out = new HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d.learnerId, sum(d.creditedMs) from DayLedgerEntity d "
                + "where d.classId = :c group by d.learnerId", Object[].class).setParameter("c", classId).getResultList())
                .forEach(r -> out.put((Long) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    public SignInReport signIns(Caller caller, long classId) {
        return signIns(managed(caller, classId));
    }

    /** Expected = learners still in the class × the class's sign-ins per day, each day from the start date to today. */
    private SignInReport signIns(ClassView cls) {
        Optional<Integer> perDay = policies.find(cls.policy()).flatMap(p -> classes.context(cls.id()).map(ctx -> p.creditingRules(ctx)
                .signInsPerDay()));
        if (perDay.isEmpty() || perDay.get() == 0) {
            return new SignInReport(cls.id(), perDay.orElse(null), List.of(), 0, 0, null);
        }
        Set<Long> active = classes.roster(cls.id()).stream().filter(RosterEntryView::active).map(RosterEntryView::learnerId)
                .collect(Collectors.toSet());
        LocalDate last = time.today();
        if (cls.endDate() != null && cls.endDate().isBefore(last)) {
            last = cls.endDate();
        }
        LocalDate first = cls.startDate().isBefore(last.minusDays(MAX_DAYS - 1)) ? last.minusDays(MAX_DAYS - 1) : cls.startDate();
        Map<LocalDate, Integer> signed = new HashMap<>();
        LocalDate from = first;
        LocalDate to = last;
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select s.day, s.learnerId from SignInEntity s where s.classId = :c "
                + "and s.day >= :f and s.day <= :t", Object[].class).setParameter("c", cls.id()).setParameter("f", from).setParameter("t", to)
                .getResultList()).stream().filter(r -> active.contains((Long) r[1])).forEach(r -> signed.merge((LocalDate) r[0], 1, Integer::sum));
        List<SignInDay> days = new ArrayList<>();
        int expectedAll = 0;
        int signedAll = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            int expected = active.size() * perDay.get();
            int done = Math.min(expected, signed.getOrDefault(d, 0));
            days.add(new SignInDay(d, expected, done, percent(done, expected)));
            expectedAll += expected;
            signedAll += done;
        }
        return new SignInReport(cls.id(), perDay.get(), days, expectedAll, signedAll, percent(signedAll, expectedAll));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public List<StudyDay> studyByDay(Caller caller, long classId) {
        ClassView cls = managed(caller, classId);
        int minutesPerHour = minutesPerHour(cls);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d.day, count(distinct d.learnerId), sum(d.creditedMs) "
                + "from DayLedgerEntity d where d.classId = :c group by d.day order by d.day", Object[].class).setParameter("c", classId)
                .getResultList()).stream().map(r -> new StudyDay((LocalDate) r[0], ((Number) r[1]).intValue(),
                        Hours.fromSeconds(((Number) r[2]).longValue() / 1000, minutesPerHour))).toList();
    }

    public LearnerLearning learning(Caller caller, long classId, long learnerId) {
        ClassView cls = managed(caller, classId);
        classes.rosterEntry(classId, learnerId).orElseThrow(() -> Problem.notFound("learner on the roster", learnerId));
        LearnerView learner = learners.find(learnerId).orElseThrow(() -> Problem.notFound("learner", learnerId));
        if (cls.packageId() == null) {
            return new LearnerLearning(classId, learnerId, learner.name(), 0, Hours.ZERO, List.of());
        }
        PackageView pkg = gate.packageOf(cls);
        Map<Long, Long> furthest = new HashMap<>();
        Map<Long, Long> credited = new HashMap<>();
        Map<Long, int[]> exams = new HashMap<>(); // course (null → class exam, -1) → best, attempts, practice attempts
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("select c.chapterId, c.furthestMs from ChapterProgressEntity c where c.learnerId = :l and c.classId = :c",
                    Object[].class).setParameter("l", learnerId).setParameter("c", classId).getResultList()
                    .forEach(r -> furthest.put((Long) r[0], (Long) r[1]));
            em.createQuery("select d.courseId, sum(d.creditedMs) from DayLedgerEntity d where d.learnerId = :l and d.classId = :c "
                    + "group by d.courseId", Object[].class).setParameter("l", learnerId).setParameter("c", classId).getResultList()
                    .forEach(r -> credited.put((Long) r[0], ((Number) r[1]).longValue()));
            em.createQuery("select a from AttemptEntity a where a.learnerId = :l and a.classId = :c", AttemptEntity.class)
                    .setParameter("l", learnerId).setParameter("c", classId).getResultList().forEach(a -> {
                        int[] e = exams.computeIfAbsent(a.courseId() == null ? -1L : a.courseId(), k -> new int[] {-1, 0, 0});
                        if (a.practice()) {
                            e[2]++;
                        } else {
                            e[1]++;
                            if (a.score() != null) {
                                e[0] = Math.max(e[0], a.score());
                            }
                        }
                    });
        });
        List<LearnerLearning.Course> courses = new ArrayList<>();
        Progress.Coverage all = Progress.Coverage.NONE;
        long creditedAll = 0;
        for (CourseView c : gate.courses(pkg)) {
            Progress.Coverage cov = Progress.Coverage.of(c, furthest);
            all = all.plus(cov);
            List<LearnerLearning.Chapter> chapters = new ArrayList<>();
            for (ChapterView ch : c.chapters()) {
                long watched = Math.min(ch.durationSeconds() * 1000L, furthest.getOrDefault(ch.id(), 0L));
                chapters.add(new LearnerLearning.Chapter(ch.id(), ch.title(), ch.kind(), ch.durationSeconds(), (int) (watched / 1000),
                        Millis.percent(watched, ch.durationSeconds() * 1000L)));
            }
            int[] e = exams.getOrDefault(c.id(), new int[] {-1, 0, 0});
            long ms = credited.getOrDefault(c.id(), 0L);
            creditedAll += ms;
            courses.add(new LearnerLearning.Course(c.id(), c.title(), cov.percent(), Hours.fromSeconds(ms / 1000, pkg.minutesPerHour()),
                    e[0] < 0 ? null : e[0], e[1], e[2], chapters));
        }
        return new LearnerLearning(classId, learnerId, learner.name(), all.percent(),
                Hours.fromSeconds(creditedAll / 1000, pkg.minutesPerHour()), courses);
    }
}
