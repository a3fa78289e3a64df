package org.hourglass.records.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.catalog.PaperPurpose;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.AttemptView;
import org.hourglass.api.records.PracticeStart;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * C-14, C-39: practice and mock exams on a course's own pools, never on its exam paper. Unlimited, needing no progress
 * and counting for nothing (stored as practice attempts, which no standing reads). A practice draws the number of
 * questions the learner chose from the pool (seed 002 "选择要练习的题量"); a mock exam is its whole paper under the class's
 * exam time limit. Saved, submitted and read through {@code /attempts/{id}} like exams.
 */
@Component(service = PracticeService.class)
public class PracticeService {
    static final int MAX_QUESTIONS = 100;
    static final int DEFAULT_QUESTIONS = 10;
    /** A practice has no time limit of its own; it is simply finished after a day. */
    static final Duration PRACTICE_OPEN = Duration.ofDays(1);

    private final JpaTemplate jpa;
    private final StudyGate gate;
    private final CourseDirectory catalog;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;
    private final TimeSource time;

    @Activate
    public PracticeService(@Reference(target = "(osgi.unit.name=hourglass-records)") JpaTemplate jpa, @Reference StudyGate gate,
            @Reference CourseDirectory catalog, @Reference ClassDirectory classes, @Reference PolicyRegistry policies,
            @Reference TimeSource time) {
        this.jpa = jpa;
        this.gate = gate;
        this.catalog = catalog;
        this.classes = classes;
        this.policies = policies;
        this.time = time;
    }

    public AttemptView start(long learnerId, PracticeStart body) {
        PaperPurpose purpose = body.purpose() == null ? PaperPurpose.PRACTICE : body.purpose();
        List<FieldError> errors = new ArrayList<>();
        if (body.classId() == null || body.classId() <= 0) {
            errors.add(new FieldError("classId", "required, a positive id"));
        }
        if (body.courseId() == null || body.courseId() <= 0) {
            errors.add(new FieldError("courseId", "required, a positive id"));
        }
        if (purpose == PaperPurpose.EXAM) {
            errors.add(new FieldError("purpose", "PRACTICE or MOCK_EXAM: exam papers are not practised (C-14)"));
        }
        if (body.count() != null && (body.count() < 1 || body.count() > MAX_QUESTIONS)) {
            errors.add(new FieldError("count", "1 to " + MAX_QUESTIONS + " questions"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the practice request has invalid fields", errors);
        }
        ClassView cls = gate.classOf(learnerId, body.classId());
        gate.requireJoined(cls, learnerId);
        PackageView pkg = gate.packageOf(cls);
        if (!pkg.courseIds().contains(body.courseId())) {
            throw Problem.invalidField("courseId", "course " + body.courseId() + " is not in the class's package");
        }
        TrainingPolicy policy = policies.require(cls.policy());
        ClassContext ctx = classes.context(cls.id()).orElseThrow(() -> Problem.notFound("class", cls.id()));
        learningOpen(policy, ctx);
        PaperView pool = pool(body, purpose);
        Instant now = time.now();
        List<Integer> drawn = purpose == PaperPurpose.PRACTICE ? draw(pool.questions().size(), body.count()) : null;
        Instant deadline = now.plus(purpose == PaperPurpose.PRACTICE ? PRACTICE_OPEN : policy.examRules(ctx).timeLimit());
        int shown = drawn == null ? pool.questions().size() : drawn.size();
        AttemptEntity created = jpa.txExpr(TransactionType.Required, em -> {
            AttemptEntity a = AttemptEntity.practice(learnerId, cls.id(), body.courseId(), pool.id(), purpose.name(), drawn, shown,
                    Boolean.TRUE.equals(body.showAnswers()), now, deadline);
            em.persist(a);
            em.flush();
            return a;
        });
        return AttemptViews.view(created, pool, policy.examRules(ctx).passMark());
    }

    /** Practice runs while the class runs, and after it closes only where the policy keeps review open (C-42, C-34). */
    private static void learningOpen(TrainingPolicy policy, ClassContext ctx) {
        LifecycleModel lifecycle = policy.lifecycle();
        if (lifecycle.closedIn(ctx.status())) {
            if (!policy.creditingRules(ctx).reviewAfterClose()) {
                throw Problem.ruleViolated("C-42", "class " + ctx.classId() + " is " + ctx.status() + " (结业): its learning is closed");
            }
        } else if (!lifecycle.studyIn(ctx.status())) {
            throw Problem.ruleViolated("C-20", "class " + ctx.classId() + " is " + ctx.status() + "; practice opens with the class");
        }
    }

    private PaperView pool(PracticeStart body, PaperPurpose purpose) {
        List<PaperView> pools = catalog.pools(body.courseId()).stream().filter(p -> p.purpose() == purpose).toList();
        if (body.poolId() != null) {
            return pools.stream().filter(p -> p.id() == body.poolId()).findFirst().orElseThrow(() -> Problem.invalidField("poolId",
                    "no " + purpose + " " + body.poolId() + " in course " + body.courseId()));
        }
        if (pools.isEmpty()) {
            throw Problem.ruleViolated("C-14", "course " + body.courseId() + " has no " + purpose + " yet");
        }
        return pools.get(0);
    }

    /** {@code count} distinct question indices (default 10, at most the pool), in random order. */
    private static List<Integer> draw(int poolSize, Integer count) {
        int n = Math.min(poolSize, count == null ? DEFAULT_QUESTIONS : count);
        List<Integer> all = new ArrayList<>(IntStream.range(0, poolSize).boxed().toList());
        Collections.shuffle(all, ThreadLocalRandom.current());
        return List.copyOf(all.subList(0, n));
    }
}
