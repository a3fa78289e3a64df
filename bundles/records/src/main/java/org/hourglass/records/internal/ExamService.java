package org.hourglass.records.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.catalog.QuestionBody;
import org.hourglass.api.catalog.QuestionKind;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.ExamRequest;
import org.hourglass.api.policy.ExamRules;
import org.hourglass.api.policy.ExamScope;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.AnswerSheet;
import org.hourglass.api.records.AttemptStart;
import org.hourglass.api.records.AttemptSummary;
import org.hourglass.api.records.AttemptView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Exam attempts (C-35): when the class's policy allows (C-35's "after 100 % watched" is its rule; core measures the
 * progress and hands it over), within the policy's attempt limit, with a time limit; passed at the policy's pass mark
 * (C-36); an open attempt is resumed rather than a
 * new one started; scored out of 100 on submission or when time is up. Exams draw only from their paper (C-14): practice
 * and mock exams are {@link PracticeService}'s, on the course's pools.
 */
@Component(service = ExamService.class)
public class ExamService {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final StudyGate gate;
    private final CourseDirectory catalog;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;
    private final Progress progress;
    private final ClassFacts facts;

    @Activate
    public ExamService(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference StudyGate gate, @Reference CourseDirectory catalog, @Reference ClassDirectory classes,
            @Reference PolicyRegistry policies, @Reference Progress progress, @Reference ClassFacts facts) {
        this.jpa = jpa;
        this.time = time;
        this.gate = gate;
        this.catalog = catalog;
        this.classes = classes;
        this.policies = policies;
        this.progress = progress;
        this.facts = facts;
    }

    public record Started(AttemptView attempt, boolean resumed) {
    }

    public Started start(long learnerId, long paperId, AttemptStart body) {
        if (body.classId() == null || body.classId() <= 0) {
            throw Problem.invalidField("classId", "required, a positive id");
        }
        if (Boolean.TRUE.equals(body.practice())) {
            // C-14: practising an exam paper gave unlimited scored looks at it; practice has its own pools
            throw Problem.invalidField("practice", "C-14: exam papers are not practised; practise with POST /api/v1/practice");
        }
        ClassView cls = gate.classOf(learnerId, body.classId());
        gate.requireJoined(cls, learnerId);
        PackageView pkg = gate.packageOf(cls);
        TrainingPolicy policy = policies.require(cls.policy());
        ClassContext ctx = classes.context(cls.id()).orElseThrow(() -> Problem.notFound("class", cls.id()));
        ExamRules rules = policy.examRules(ctx);
        Long courseId = examCourse(rules, pkg, body.courseId(), paperId);
        if (courseId != null) {
            gate.requireTaken(cls, pkg, learnerId, courseId); // JS-4: a course's quiz is for learners who take the course
        }
        PaperView paper = catalog.paper(paperId).orElseThrow(() -> Problem.notFound("paper", paperId));
        Instant now = time.now();
        examsOpen(policy, cls, rules, now);
        AttemptEntity open = jpa.txExpr(TransactionType.Required, em -> openAttempt(em, learnerId, cls.id(), courseId, paperId, now));
        if (open != null) {
            return new Started(view(open, paper, rules.passMark()), true);
        }
        // C-35's progress rule is the policy's (StandardRules.examAfterFullProgress): core measures, the policy decides
        int watched = courseId == null ? progress.classPercent(learnerId, cls, pkg) : progress.coursePercent(learnerId, cls.id(),
                catalog.find(courseId).orElseThrow());
        int used = jpa.txExpr(TransactionType.Required, em -> attemptsUsed(em, learnerId, cls.id(), courseId));
        if (rules.maxAttempts() > 0 && used >= rules.maxAttempts()) {
            throw Problem.ruleViolated("C-35", "all " + rules.maxAttempts() + " attempts are used");
        }
        policy.mayStartExam(new ExamRequest(ctx, learnerId, courseId, watched, used, now)).orThrow();
        Instant deadline = now.plus(rules.timeLimit());
        if (rules.closesAt() != null && deadline.isAfter(rules.closesAt())) {
            deadline = rules.closesAt(); // C-35: the window's end ends every attempt in it
        }
        Instant due = deadline;
        AttemptEntity created = jpa.txExpr(TransactionType.Required, em -> {
            AttemptEntity a = new AttemptEntity(learnerId, cls.id(), courseId, paperId, false, now, due, paper.questions().size());
            em.persist(a);
            em.flush();
            return a;
        });
        return new Started(view(created, paper, rules.passMark()), false);
    }

    /**
     * Exams run while the class runs (C-20: not before it opens; C-42, seed 003 "提交结业申请后，班级学习和考试功能都会关闭")
     * and inside the policy's window (C-35).
     */
    private static void examsOpen(TrainingPolicy policy, ClassView cls, ExamRules rules, Instant now) {
        if (policy.lifecycle().closedIn(cls.status())) {
            throw Problem.ruleViolated("C-42", "class " + cls.id() + " is " + cls.status() + " (结业): its exams are closed");
        }
        if (!policy.lifecycle().studyIn(cls.status())) {
            throw Problem.ruleViolated("C-20", "class " + cls.id() + " is " + cls.status() + "; exams open with the class");
        }
        if (rules.opensAt() != null && now.isBefore(rules.opensAt())) {
            throw Problem.ruleViolated("C-35", "the exam opens at " + rules.opensAt());
        }
        if (rules.closesAt() != null && !now.isBefore(rules.closesAt())) {
            throw Problem.ruleViolated("C-35", "the exam closed at " + rules.closesAt());
        }
    }

    /** Which exam the paper is: the course's own paper (COURSE scope) or the package's (CLASS scope). */
    private Long examCourse(ExamRules rules, PackageView pkg, Long courseId, long paperId) {
        if (courseId != null) {
            if (!pkg.courseIds().contains(courseId)) {
                throw Problem.invalidField("courseId", "course " + courseId + " is not in the class's package");
            }
            CourseView course = catalog.find(courseId).orElseThrow(() -> Problem.invalidField("courseId", "no course " + courseId));
            if (course.paperId() == null || course.paperId() != paperId) {
                throw Problem.invalidField("courseId", "paper " + paperId + " is not the exam of course " + courseId);
            }
            if (rules.scope() != ExamScope.COURSE) {
                throw Problem.invalidField("courseId", "this class has a class exam (JS-6a); leave courseId out");
            }
            return courseId;
        }
        if (pkg.paperId() == null || pkg.paperId() != paperId) {
            throw Problem.invalidField("courseId", "required: paper " + paperId + " is not the class exam");
        }
        if (rules.scope() != ExamScope.CLASS) {
            throw Problem.invalidField("courseId", "exams of this class are per course (C-35); name the course");
        }
        return null;
    }

    /** C-26 (seed 002 "练习记录"): the learner's attempts in a class — exams, practice, mock exams — newest first. */
    public List<AttemptSummary> history(long learnerId, long classId) {
        gate.classOf(learnerId, classId);
        int passMark = passMark(classId);
        List<AttemptEntity> mine = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a from AttemptEntity a "
                + "where a.learnerId = :l and a.classId = :c order by a.id desc", AttemptEntity.class).setParameter("l", learnerId)
                .setParameter("c", classId).setMaxResults(500).getResultList());
        return mine.stream().map(a -> AttemptViews.summary(a, passMark)).toList();
    }

    public AttemptView get(long learnerId, long attemptId) {
        AttemptEntity a = finishIfTimeIsUp(learnerId, attemptId);
        return view(a, paper(a), passMark(a.classId()));
    }

    /** Saves answers of an open attempt; refused once it is finished or its time is up. */
    public AttemptView save(long learnerId, long attemptId, AnswerSheet sheet) {
        AttemptEntity a = finishIfTimeIsUp(learnerId, attemptId);
        PaperView paper = paper(a);
        List<List<Integer>> answers = checked(sheet, a, paper);
        AttemptEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            AttemptEntity row = mine(em, learnerId, attemptId);
            if (!row.open(time.now())) {
                throw Problem.ruleViolated("C-35", "attempt " + attemptId + " is finished");
            }
            row.save(answers);
            return row;
        });
        return view(saved, paper, passMark(a.classId()));
    }

    /** Scores the attempt (C-13) with the given answers, or the saved ones when the body has none. */
    public AttemptView submit(long learnerId, long attemptId, AnswerSheet sheet) {
        AttemptEntity a = finishIfTimeIsUp(learnerId, attemptId);
        if (a.finished()) {
            throw Problem.ruleViolated("C-35", "attempt " + attemptId + " is already finished with score " + a.score());
        }
        PaperView paper = paper(a);
        List<List<Integer>> answers = sheet == null || sheet.answers() == null ? a.answers() : checked(sheet, a, paper);
        int score = AttemptViews.score(catalog, a, paper, answers);
        Instant now = time.now();
        facts.ensure(a.classId());
        AttemptEntity done = jpa.txExpr(TransactionType.Required, em -> {
            AttemptEntity row = mine(em, learnerId, attemptId);
            if (!row.open(now)) {
                throw Problem.ruleViolated("C-35", "attempt " + attemptId + " is finished");
            }
            scored(em, row);
            row.save(answers);
            row.finish(now, score);
            return row;
        });
        return view(done, paper, passMark(a.classId()));
    }

    /** The attempt; one whose time ran out unsubmitted is scored now with its saved answers (C-35 time limit). */
    private AttemptEntity finishIfTimeIsUp(long learnerId, long attemptId) {
        AttemptEntity a = jpa.txExpr(TransactionType.Required, em -> mine(em, learnerId, attemptId));
        if (!a.finished() && !time.now().isBefore(a.deadline())) {
            int score = AttemptViews.score(catalog, a, paper(a), a.answers());
            facts.ensure(a.classId());
            // its own transaction, committed whatever the reader that found it expired does next: the score follows from the
            // saved answers alone, and a class's kept standings (issue 19) must never hold a score that was rolled back
            return jpa.txExpr(TransactionType.RequiresNew, em -> {
                AttemptEntity row = mine(em, learnerId, attemptId);
                if (!row.finished()) {
                    scored(em, row);
                    row.finish(row.deadline(), score);
                }
                return row;
            });
        }
        return a;
    }

    /** Finishes every attempt of the learner in the class whose time is up (before best scores are read). */
    void finishExpired(long learnerId, long classId) {
        List<Long> expired = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a.id from AttemptEntity a where "
                + "a.learnerId = :l and a.classId = :c and a.submittedAt is null and a.deadline <= :now", Long.class)
                .setParameter("l", learnerId).setParameter("c", classId).setParameter("now", time.now())
                .getResultList());
        expired.forEach(id -> finishIfTimeIsUp(learnerId, id));
    }

    /** Scores every attempt of the class whose time ran out unsubmitted, before the class is settled (C-35). */
    void finishExpiredInClass(long classId) {
        List<Object[]> expired = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select a.learnerId, a.id from AttemptEntity a "
                + "where a.classId = :c and a.submittedAt is null and a.deadline <= :now", Object[].class)
                .setParameter("c", classId).setParameter("now", time.now()).getResultList());
        expired.forEach(r -> finishIfTimeIsUp((Long) r[0], (Long) r[1]));
    }

    /** An exam attempt's score is one of its class's settled facts (issue 19: a class's kept standings are read again). */
    private static void scored(EntityManager em, AttemptEntity row) {
        if (!row.practice()) {
            ClassFacts.changed(em, row.classId());
        }
    }

    private static AttemptEntity mine(EntityManager em, long learnerId, long attemptId) {
        AttemptEntity a = em.find(AttemptEntity.class, attemptId);
        if (a == null || a.learnerId() != learnerId) {
            throw Problem.notFound("attempt", attemptId);
        }
        return a;
    }

    private static AttemptEntity openAttempt(EntityManager em, long learnerId, long classId, Long courseId, long paperId, Instant now) {
        return em.createQuery("select a from AttemptEntity a where a.learnerId = :l and a.classId = :c and a.paperId = :p "
                + "and a.practice = false and a.submittedAt is null order by a.id desc", AttemptEntity.class)
                .setParameter("l", learnerId).setParameter("c", classId).setParameter("p", paperId)
                .getResultList().stream().filter(a -> java.util.Objects.equals(a.courseId(), courseId) && a.open(now))
                .findFirst().orElse(null);
    }

    private static int attemptsUsed(EntityManager em, long learnerId, long classId, Long courseId) {
        return (int) em.createQuery("select a from AttemptEntity a where a.learnerId = :l and a.classId = :c and a.practice = false",
                AttemptEntity.class).setParameter("l", learnerId).setParameter("c", classId).getResultList().stream()
                .filter(a -> java.util.Objects.equals(a.courseId(), courseId)).count();
    }

    private PaperView paper(AttemptEntity a) {
        return catalog.paper(a.paperId()).orElseThrow(() -> Problem.conflict("paper " + a.paperId() + " is missing"));
    }

    private static List<List<Integer>> checked(AnswerSheet sheet, AttemptEntity attempt, PaperView whole) {
        List<QuestionBody> questions = AttemptViews.questions(attempt, whole);
        if (sheet == null || sheet.answers() == null || sheet.answers().size() != questions.size()) {
            throw Problem.invalidField("answers", "one list of option indices per question (" + questions.size() + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sheet.answers().size(); i++) {
            QuestionBody q = questions.get(i);
            int choices = q.kind() == QuestionKind.TRUE_FALSE ? 2 : q.options().size();
            List<Integer> picked = sheet.answers().get(i);
            if (picked == null || picked.stream().anyMatch(x -> x == null || x < 0 || x >= choices)
                    || picked.stream().distinct().count() != picked.size() || (q.kind() != QuestionKind.MULTIPLE && picked.size() > 1)) {
                errors.add(new FieldError("answers[" + i + "]", "distinct option indices 0.." + (choices - 1)
                        + (q.kind() == QuestionKind.MULTIPLE ? "" : ", at most one")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the answers are invalid", errors);
        }
        return sheet.answers();
    }

    /** C-36: the class policy's pass mark; the seeds' 60 while the policy is away. */
    int passMark(long classId) {
        return classes.context(classId).flatMap(ctx -> policies.find(ctx.policyCode()).map(p -> p.examRules(ctx).passMark()))
                .orElse(org.hourglass.api.catalog.ScoreView.PASS_MARK);
    }

    private static AttemptView view(AttemptEntity a, PaperView paper, int passMark) {
        return AttemptViews.view(a, paper, passMark);
    }
}
