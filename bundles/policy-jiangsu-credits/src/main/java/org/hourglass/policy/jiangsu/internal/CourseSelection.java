package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.records.ClassStandings;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-4 "在线选课" (seed 002 §5.2, seed 001 §4.2): the provider sorts the package's courses of a class into public,
 * professional and elective before it opens; a learner of the class chooses professional and elective courses — repeatedly,
 * while a category's hours are not met ("未选满培训总选课要求可多次选课") — and his class home shows, per category, the hours
 * required, chosen and still to choose ("已选学时数，及根据考核要求还需选择的学时数").
 */
@Component(service = CourseSelection.class)
public class CourseSelection {
    private final JpaTemplate jpa;
    private final JiangsuStore store;
    private final ClassDirectory classes;
    private final CourseDirectory catalog;
    private final JiangsuPolicy policy;
    private final TimeSource time;
    private final ClassStandings standings;

    @Activate
    public CourseSelection(@Reference JiangsuStore store, @Reference ClassDirectory classes, @Reference CourseDirectory catalog,
            @Reference JiangsuPolicy policy, @Reference TimeSource time, @Reference ClassStandings standings) {
        this.standings = standings;
        this.jpa = store.jpa();
        this.store = store;
        this.classes = classes;
        this.catalog = catalog;
        this.policy = policy;
        this.time = time;
    }

    /** Body of the provider's sorting: course id → PUBLIC, PROFESSIONAL or ELECTIVE. */
    public record Categories(Map<String, String> categories) {
    }

    public record Choice(List<Long> courseIds) {
    }

    /** {@code watchedPercent}, {@code bestScore}, {@code effective}: his study of a course he takes (0, null, false otherwise). */
    public record Course(long courseId, String title, String category, Hours hours, boolean taken, int watchedPercent, Integer bestScore,
            boolean effective) {
    }

    public record Requirement(String category, String name, Hours requiredHours, Hours chosenHours, Hours remainingHours) {
    }

    /**
     * The class home (seed 002 "班级首页可统一查看学员的课程学习进度、考试情况、培训结果、选课及考核要求"): each category's requirement,
     * every course with its category, whether he takes it and how far he got, the class's progress over his courses, the class
     * exam's best score (class model), effective hours, completed, certificate due.
     */
    public record Home(long classId, String name, int trainingYear, String grade, String examModel, List<Requirement> requirements,
            List<Course> courses, boolean choicesComplete, int progressPercent, Integer classExamBestScore, Hours effectiveHours,
            boolean completed, boolean certificateEligible) {
    }

    public List<Course> categorise(Caller staff, long classId, Categories body) {
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, JiangsuPolicy.CODE, classId, staff);
        if (!JiangsuPolicy.PLANNED.equals(cls.status())) {
            throw Problem.ruleViolated("JS-4", "courses are sorted before the class opens; class " + classId + " is " + cls.status());
        }
        PackageView pkg = packageOf(classId);
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.categories() == null || body.categories().isEmpty()) {
            errors.add(new FieldError("categories", "course id → PUBLIC, PROFESSIONAL or ELECTIVE, for courses of the class's package"));
        } else {
            body.categories().forEach((course, category) -> {
                if (!course.matches("\\d{1,18}") || !pkg.courseIds().contains(Long.parseLong(course))) {
                    errors.add(new FieldError("categories." + course, "not a course of the class's package"));
                } else if (parse(category) == null) {
                    errors.add(new FieldError("categories." + course, "PUBLIC, PROFESSIONAL or ELECTIVE"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the categories have invalid fields", errors);
        }
        jpa.tx(TransactionType.Required, em -> body.categories().forEach((course, category) -> {
            long id = Long.parseLong(course);
            long tenths = hours(catalog.find(id).orElseThrow(), pkg).tenths();
            CourseCategoryEntity row = em.createQuery("select c from CourseCategoryEntity c where c.classId = :c and c.courseId = :k",
                    CourseCategoryEntity.class).setParameter("c", classId).setParameter("k", id).getResultStream().findFirst().orElse(null);
            if (row == null) {
                em.persist(new CourseCategoryEntity(classId, id, parse(category), tenths));
            } else {
                row.set(parse(category), tenths);
            }
        }));
        return home(classId, 0).courses();
    }

    public Home choose(Caller learner, long classId, Choice body) {
        ClassContext cls = requireLearnerOf(learner, classId);
        if (body == null || body.courseIds() == null || body.courseIds().isEmpty() || body.courseIds().size() > 100
                || body.courseIds().stream().anyMatch(id -> id == null)) {
            throw Problem.invalidField("courseIds", "1 to 100 professional or elective courses of the class");
        }
        Map<Long, CourseCategoryEntity> categories = store.categories(classId);
        Map<CourseCategory, Long> chosen = store.chosenTenths(classId, learner.accountId());
        for (long id : body.courseIds()) {
            CourseCategoryEntity c = categories.get(id);
            if (c == null || !c.category().chosen()) {
                throw Problem.invalidField("courseIds", "course " + id + " is not a professional or elective course of class " + classId);
            }
            if (chosen.getOrDefault(c.category(), 0L) >= ClassFacts.requiredTenths(cls, c.category())) {
                throw Problem.ruleViolated("JS-4", "the " + c.category().chineseName() + " hours of class " + classId
                        + " are chosen already (seed 002 \"未选满培训总选课要求可多次选课\")");
            }
        }
        try {
            jpa.tx(TransactionType.Required, em -> {
                Instant now = time.now();
                for (long id : body.courseIds().stream().distinct().toList()) {
                    em.persist(new CourseChoiceEntity(classId, learner.accountId(), id, now));
                }
                em.flush();
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("one of these courses is chosen already");
            }
            throw e;
        }
        return home(classId, learner.accountId());
    }

    /** "班级首页 … 选课及考核要求": the learner's selection in the class. */
    public Home home(Caller learner, long classId) {
        requireLearnerOf(learner, classId);
        return home(classId, learner.accountId());
    }

    private Home home(long classId, long learnerId) {
        ClassContext cls = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        PackageView pkg = packageOf(classId);
        Map<Long, CourseCategoryEntity> categories = store.categories(classId);
        java.util.Set<Long> taken = policy.coursesTaken(cls, pkg.courseIds(), java.util.Set.of(learnerId)).get(learnerId);
        // his standing as core measures it (over the courses he takes) and the policy's judgement of it
        LearnerStanding standing = learnerId == 0 ? null : standings.standings(classId).stream().filter(x -> x.learnerId() == learnerId)
                .findFirst().orElse(null);
        Completion done = standing == null ? null : policy.completion(cls, standing);
        Map<Long, CourseStanding> studied = new java.util.HashMap<>();
        if (standing != null) {
            standing.courses().forEach(c -> studied.put(c.courseId(), c));
        }
        List<Course> courses = new ArrayList<>();
        for (long id : pkg.courseIds()) {
            CourseView c = catalog.find(id).orElse(null);
            if (c != null) {
                CourseCategoryEntity cat = categories.get(id);
                CourseStanding mine = studied.get(id);
                courses.add(new Course(id, c.title(), cat == null ? CourseCategory.PUBLIC.name() : cat.category().name(), hours(c, pkg),
                        taken.contains(id), mine == null ? 0 : mine.watchedPercent(), mine == null ? null : mine.bestScore(),
                        done != null && done.effectiveCourseIds().contains(id)));
            }
        }
        Map<CourseCategory, Long> chosen = store.chosenTenths(classId, learnerId);
        List<Requirement> requirements = new ArrayList<>();
        for (CourseCategory c : CourseCategory.values()) {
            if (c.chosen()) {
                long required = ClassFacts.requiredTenths(cls, c);
                long mine = chosen.getOrDefault(c, 0L);
                requirements.add(new Requirement(c.name(), c.chineseName(), Hours.ofTenths(required), Hours.ofTenths(mine),
                        Hours.ofTenths(Math.max(0, required - mine))));
            }
        }
        ClassFacts f = policy.facts(cls);
        return new Home(classId, cls.name(), f.trainingYear(), f.grade() == null ? "" : f.grade().chineseName(), f.examModel().name(),
                requirements, courses, policy.choicesComplete(cls, learnerId), standing == null ? 0 : standing.classProgressPercent(),
                standing == null ? null : standing.classExamBestScore(), done == null ? Hours.ZERO : done.totalEffectiveHours(),
                done != null && done.classCompleted(), done != null && done.certificateEligible());
    }

    private ClassContext requireLearnerOf(Caller learner, long classId) {
        ClassContext cls = PolicyClassAccess.requirePolicyClass(classes, JiangsuPolicy.CODE, classId);
        if (classes.rosterEntry(classId, learner.accountId()).isEmpty()) {
            throw Problem.notFound("class", classId);
        }
        return cls;
    }

    private PackageView packageOf(long classId) {
        ClassView cls = classes.find(classId).orElseThrow(() -> Problem.notFound("class", classId));
        if (cls.packageId() == null) {
            throw Problem.ruleViolated("C-12", "class " + classId + " has no course package yet");
        }
        return catalog.packageVersion(cls.packageId(), cls.packageVersion())
                .orElseThrow(() -> Problem.conflict("package " + cls.packageId() + " v" + cls.packageVersion() + " is missing"));
    }

    private static Hours hours(CourseView c, PackageView pkg) {
        return Hours.fromSeconds(c.durationSeconds(), pkg.minutesPerHour());
    }

    private static CourseCategory parse(String text) {
        try {
            return text == null ? null : CourseCategory.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
