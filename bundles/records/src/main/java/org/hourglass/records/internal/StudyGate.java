package org.hourglass.records.internal;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.StudyPermit;
import org.hourglass.api.records.StudyRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether a learner may study a chapter of a class now, and under which rules: on the roster (C-21),
 * password changed and phone bound (C-2), the course in the class's package version (C-12), the class
 * open for study (C-20) from its start date (C-23), and after close only as uncredited review (C-34).
 * Everything a beat needs from other bundles is read here, before the beat's transaction.
 */
@Component(service = StudyGate.class)
public class StudyGate {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StudyGate.class);

    private final ClassDirectory classes;
    private final CourseDirectory catalog;
    private final LearnerDirectory learners;
    private final PolicyRegistry policies;
    private final TimeSource time;

    /** The bundles above records that must allow study (commerce: BJ-10 copies), asked in turn (issue 13: no call upwards). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<StudyPermit> permits = List.of();

    @Activate
    public StudyGate(@Reference ClassDirectory classes, @Reference CourseDirectory catalog, @Reference LearnerDirectory learners,
            @Reference PolicyRegistry policies, @Reference TimeSource time) {
        this.classes = classes;
        this.catalog = catalog;
        this.learners = learners;
        this.policies = policies;
        this.time = time;
    }

    /**
     * What a beat is judged by. {@code rules} is null while the class's policy is not deployed: the beat
     * is kept as a fact and nothing is credited (ARCHITECTURE principle 2).
     */
    record Study(ClassView cls, CourseView course, ChapterView chapter, PackageView pkg, CreditingRules rules, boolean closed) {
        long chapterMs() {
            return chapter.durationSeconds() * 1000L;
        }
    }

    /** The class on the learner's roster, else 404 (whether it exists is not revealed). */
    ClassView classOf(long learnerId, long classId) {
        ClassView cls = classes.find(classId).orElseThrow(() -> Problem.notFound("class", classId));
        RosterEntryView entry = classes.rosterEntry(classId, learnerId).orElseThrow(() -> Problem.notFound("class", classId));
        if (!entry.active()) {
            throw Problem.ruleViolated("C-24", "you left the organisation that runs class " + classId + " on "
                    + entry.leftAt() + ": study in its classes has ended (your records stay)");
        }
        return cls;
    }

    /**
     * A class whose policy asks learners to join with the class password (seed 003 "加入班级") opens its study, practice and
     * exams to a learner once he joined; a class without the step needs nothing.
     */
    void requireJoined(ClassView cls, long learnerId) {
        Optional<TrainingPolicy> policy = policies.find(cls.policy());
        if (policy.isEmpty()) {
            return; // no policy, no rules: the facts are kept and nothing is credited (ARCHITECTURE principle 2)
        }
        ClassContext ctx = classes.context(cls.id()).orElseThrow(() -> Problem.notFound("class", cls.id()));
        requireJoined(policy.get(), ctx, learnerId);
    }

    private void requireJoined(TrainingPolicy policy, ClassContext ctx, long learnerId) {
        if (policy.rosterRules(ctx).classPasswordJoin() && !ClassJoining.entered(classes, ctx.classId(), learnerId)) {
            throw Problem.ruleViolated("C-21", "join class " + ctx.classId() + " first: POST /api/v1/classes/join with your name, "
                    + "ID number and the class password from your head teacher");
        }
    }

    /** The class's package version (C-12); 409 when the class has none. */
    PackageView packageOf(ClassView cls) {
        if (cls.packageId() == null) {
            throw Problem.ruleViolated("C-12", "class " + cls.id() + " has no course package yet; study needs one");
        }
        return catalog.packageVersion(cls.packageId(), cls.packageVersion())
                .orElseThrow(() -> Problem.conflict("package " + cls.packageId() + " v" + cls.packageVersion() + " is missing"));
    }

    Study open(long learnerId, long classId, long courseId, long chapterId) {
        ClassView cls = classOf(learnerId, classId);
        LearnerView learner = learners.find(learnerId).orElseThrow(() -> Problem.notFound("learner", learnerId));
        if (!learner.readyToStudy()) {
            throw Problem.ruleViolated("C-2", "change the initial password and bind a phone before study");
        }
        PackageView pkg = packageOf(cls);
        if (!pkg.courseIds().contains(courseId)) {
            throw Problem.invalidField("courseId", "course " + courseId + " is not in the class's package");
        }
        CourseView course = catalog.find(courseId).orElseThrow(() -> Problem.invalidField("courseId", "no course " + courseId));
        ChapterView chapter = course.chapters().stream().filter(c -> c.id() == chapterId).findFirst()
                .orElseThrow(() -> Problem.invalidField("chapterId", "chapter " + chapterId + " is not in course " + courseId));
        Optional<TrainingPolicy> policy = policies.find(cls.policy());
        if (policy.isEmpty()) {
            return new Study(cls, course, chapter, pkg, null, false);
        }
        LifecycleModel lifecycle = policy.get().lifecycle();
        ClassContext ctx = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        CreditingRules rules = policy.get().creditingRules(ctx);
        boolean closed = lifecycle.closedStates().contains(cls.status());
        if (closed && !rules.reviewAfterClose()) {
            throw Problem.ruleViolated("C-34", "class " + classId + " is closed and allows no review");
        }
        if (!closed && !lifecycle.studyStates().contains(cls.status())) {
            throw Problem.ruleViolated("C-20", "class " + classId + " is " + cls.status() + "; study opens with the class");
        }
        if (time.today().isBefore(cls.startDate())) {
            throw Problem.ruleViolated("C-23", "class " + classId + " starts on " + cls.startDate());
        }
        requireJoined(policy.get(), ctx, learnerId);
        StudyRequest asked = new StudyRequest(ctx, policy.get(), learnerId, courseId);
        for (StudyPermit permit : permits) {
            permit.mayStudy(asked).orThrow();
        }
        return new Study(cls, course, chapter, pkg, rules, closed);
    }

    List<CourseView> courses(PackageView pkg) {
        return pkg.courseIds().stream().map(id -> catalog.find(id)).flatMap(Optional::stream).toList();
    }

    /** The package's courses the learner takes in the class (the policy's {@code coursesTaken}, JS-4 shape), in package order. */
    List<CourseView> coursesOf(ClassView cls, PackageView pkg, long learnerId) {
        return coursesOf(cls, pkg, java.util.Set.of(learnerId)).get(learnerId);
    }

    /**
     * The same for many learners in one question to the policy. A policy that is away takes nothing away; one that fails
     * here is logged and every course counts, so a failing policy never breaks progress or study (ARCHITECTURE principle 3).
     */
    java.util.Map<Long, List<CourseView>> coursesOf(ClassView cls, PackageView pkg, java.util.Set<Long> learnerIds) {
        List<CourseView> all = courses(pkg);
        java.util.Map<Long, java.util.Set<Long>> taken = java.util.Map.of();
        Optional<TrainingPolicy> policy = policies.find(cls.policy());
        Optional<ClassContext> ctx = policy.isPresent() ? classes.context(cls.id()) : Optional.empty();
        if (policy.isPresent() && ctx.isPresent()) {
            try {
                taken = policy.get().coursesTaken(ctx.get(), pkg.courseIds(), learnerIds);
            } catch (RuntimeException e) {
                LOG.warn("policy {} failed to say which courses its learners take in class {}; every course counts", cls.policy(),
                        cls.id(), e);
            }
        }
        java.util.Map<Long, List<CourseView>> out = new java.util.HashMap<>();
        for (long learner : learnerIds) {
            java.util.Set<Long> mine = taken.get(learner);
            out.put(learner, mine == null ? all : all.stream().filter(c -> mine.contains(c.id())).toList());
        }
        return out;
    }

    /**
     * A course the learner does not take in the class is neither studied nor examined (JS-4: chosen before it is studied);
     * returns the courses he takes.
     */
    List<CourseView> requireTaken(ClassView cls, PackageView pkg, long learnerId, long courseId) {
        List<CourseView> taken = coursesOf(cls, pkg, learnerId);
        if (taken.stream().noneMatch(c -> c.id() == courseId)) {
            throw Problem.ruleViolated("C-12", "course " + courseId + " is not among the courses you take in class " + cls.id()
                    + "; choose it first (the class's policy lists what you may choose)");
        }
        return taken;
    }
}
