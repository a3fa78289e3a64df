package org.hourglass.policy.jiangsu.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.ExamRequest;
import org.hourglass.api.policy.ExamRules;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.PolicyIdentity;
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.policy.support.StandardRules;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Jiangsu public-institution workers' continuing education (seeds 002, 001). A class is a training provider's (an
 * institution's) offer for one training year and technical grade: PLANNED → OPEN (learners enrol themselves and study) →
 * CLOSED. A learner enrols by paying its fee (JS-3; core opens the class to him when the order is paid) unless he
 * registered for that year's face-to-face class (JS-9). Pop-up questions are on (JS-5). The exam model is the class's
 * (JS-6); completion is JS-7's. Nothing is owed at closing: the money moved at enrolment.
 */
@Component(service = {TrainingPolicy.class, JiangsuPolicy.class}, configurationPid = JiangsuConfig.PID)
@PolicyIdentity(code = JiangsuPolicy.CODE, name = "Jiangsu continuing-education credits", region = "Jiangsu")
@Designate(ocd = JiangsuConfig.class)
public class JiangsuPolicy implements TrainingPolicy {
    static final String CODE = "jiangsu-credits";
    static final String PLANNED = "PLANNED";
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private static final LifecycleModel LIFECYCLE = LifecycleModel.startingIn(PLANNED)
            .transition(PLANNED, OPEN, Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN)
            .transition(OPEN, CLOSED, Roles.PLATFORM_ADMIN, Roles.ACADEMIC_ADMIN)
            .studyIn(OPEN).closedIn(CLOSED).build();

    private final JiangsuStore store;
    private volatile JiangsuConfig config;

    @Activate
    public JiangsuPolicy(JiangsuConfig config, @Reference JiangsuStore store) {
        this.store = store;
        modified(config);
    }

    /** Configuration changes apply at once; the guard delivered only values the check accepted. */
    @Modified
    void modified(JiangsuConfig config) {
        this.config = config;
    }

    JiangsuConfig config() {
        return config;
    }

    ClassFacts facts(ClassContext cls) {
        return ClassFacts.of(cls, ExamModel.parse(config.examModel()).orElse(ExamModel.CLASS));
    }

    @Override
    public LifecycleModel lifecycle() {
        return LIFECYCLE;
    }

    /** A class opens for enrolment without a roster: learners enrol themselves (JS-2). */
    @Override
    public TransitionOutcome mayTransition(TransitionRequest request) {
        return TransitionOutcome.allow();
    }

    @Override
    public List<FieldError> validateSettings(ClassContext cls) {
        List<FieldError> errors = new ArrayList<>(ClassFacts.problems(cls));
        if (cls.owner().kind() != PartyKind.INSTITUTION) {
            errors.add(new FieldError("ownerKind", "JS-3: a class under this policy is a training provider's (an institution's)"));
        }
        return errors;
    }

    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return RosterRules.builder(config.maxLearners()).editableIn(PLANNED, OPEN).capacityIsHardLimit(true).build();
    }

    /**
     * JS-2: a learner enrols himself in an open class; JS-9 (seed 002 "前提是当前年度未报过网授班", and the other way round):
     * not in a training year he registered for its face-to-face class.
     */
    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        if (request.cls().owner().kind() != PartyKind.INSTITUTION) {
            return Decision.refuse("JS-3", "a class under this policy is a training provider's");
        }
        if (request.channel() == EnrolmentChannel.SELF_ENROL && !OPEN.equals(request.cls().status())) {
            return Decision.refuse("JS-2", "class " + request.cls().classId() + " is " + request.cls().status() + ", not open for enrolment");
        }
        int year = facts(request.cls()).trainingYear();
        if (request.learnerId() != 0 && store.faceToFaceIn(request.learnerId(), year)) {
            return Decision.refuse("JS-9", "the learner registered for the " + year + " face-to-face class; online classes of " + year
                    + " are not for him");
        }
        return Decision.allow();
    }

    /** C-25: a learner leaves only while under 10 minutes were studied. */
    @Override
    public Decision mayLeave(LeaveRequest request) {
        return StandardRules.removal(request, 10, StandardRules.Boundary.UNDER);
    }

    /** JS-5: pop-up questions on; C-33 the daily cap. */
    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        return CreditingRules.builder().dailyCapHours(config.dailyCapHours()).popupQuestions(true).build();
    }

    /** JS-6: the class's model; attempts unlimited (seed 001 "继续测验 … 直到达到测验合格分 60"; seed 002 "历史考试记录"). */
    @Override
    public ExamRules examRules(ClassContext cls) {
        return new ExamRules(facts(cls).examModel().scope(), 0, StandardRules.PASS_MARK, Duration.ofMinutes(60), null, null);
    }

    /**
     * JS-6: the class exam at 100 % class progress — of the courses the learner takes, once he chose his professional and
     * elective hours (JS-4) — a course quiz at 100 % of the course.
     */
    @Override
    public Decision mayStartExam(ExamRequest request) {
        if (request.courseId() == null && !choicesComplete(request.cls(), request.learnerId())) {
            return Decision.refuse("JS-4", "choose your professional and elective courses up to the class's hours first");
        }
        return StandardRules.examAfterFullProgress(request);
    }

    /**
     * JS-4: public courses are everyone's; professional and elective ones each learner's choice. A class whose courses were
     * never categorised has only public ones.
     */
    @Override
    public Map<Long, Set<Long>> coursesTaken(ClassContext cls, List<Long> courseIds, Set<Long> learnerIds) {
        Map<Long, CourseCategoryEntity> categories = store.categories(cls.classId());
        Set<Long> everyone = new HashSet<>();
        courseIds.stream().filter(id -> categories.get(id) == null || !categories.get(id).category().chosen()).forEach(everyone::add);
        Map<Long, Set<Long>> chosen = categories.isEmpty() ? Map.of() : store.choices(cls.classId(), learnerIds);
        Map<Long, Set<Long>> out = new java.util.HashMap<>();
        for (long learner : learnerIds) {
            Set<Long> mine = new HashSet<>(everyone);
            mine.addAll(chosen.getOrDefault(learner, Set.of()));
            mine.retainAll(courseIds);
            out.put(learner, mine);
        }
        return out;
    }

    /** JS-4: the learner chose at least the class's hours of every chosen category. */
    boolean choicesComplete(ClassContext cls, long learnerId) {
        Map<CourseCategory, Long> chosen = store.chosenTenths(cls.classId(), learnerId);
        for (CourseCategory c : CourseCategory.values()) {
            if (c.chosen() && chosen.getOrDefault(c, 0L) < ClassFacts.requiredTenths(cls, c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * JS-7 (seed 002 "班级进度=100%且考试成绩>=60 分") over the courses the learner takes, once his choices meet the class's
     * hours (JS-4): under the class exam model the class is completed, its courses' hours
     * effective and the certificate due at 100 % class progress and a class exam of 60 or more; under the course model
     * (seed 001) each course's quiz of 60 credits its hours (C-37) and the class is completed when every course is.
     */
    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        if (!choicesComplete(cls, standing.learnerId())) {
            Completion partial = facts(cls).examModel() == ExamModel.COURSE ? StandardRules.effectiveHours(standing, StandardRules.PASS_MARK)
                    : new Completion(Set.of(), Map.of(), false, false);
            return new Completion(partial.effectiveCourseIds(), partial.effectiveHoursByType(), false, false); // JS-4: not chosen yet
        }
        if (facts(cls).examModel() == ExamModel.COURSE) {
            return StandardRules.effectiveHours(standing, StandardRules.PASS_MARK);
        }
        boolean done = !standing.disqualified() && standing.classProgressPercent() >= 100 && standing.classExamBestScore() != null
                && standing.classExamBestScore() >= StandardRules.PASS_MARK;
        Set<Long> courses = new HashSet<>();
        Map<CourseType, Hours> hours = new EnumMap<>(CourseType.class);
        if (done) {
            for (CourseStanding c : standing.courses()) {
                courses.add(c.courseId());
                hours.merge(c.type(), c.hours(), Hours::plus);
            }
        }
        return new Completion(courses, hours, done, done);
    }

    /** JS-3: the class's fee, paid by the learner to the class's provider when he enrols. */
    @Override
    public Money enrolmentFee(ClassContext cls) {
        return Money.parse(config.classFee());
    }

    /**
     * JS-3: a paid enrolment is refunded whole before its learner studied in the class (core then takes him off the roster
     * in the same transaction); afterwards, or in any other form, not.
     */
    @Override
    public Decision mayRefund(RefundRequest request) {
        if (request.kind() != RefundKind.REFUND) {
            return Decision.refuse("JS-3", "an enrolment is refunded whole");
        }
        return request.maxStudiedSeconds() == 0 ? Decision.allow()
                : Decision.refuse("JS-3", "the learner studied " + request.maxStudiedSeconds() + " s in the class; an enrolment is "
                        + "refunded before study only");
    }

    /** Nothing is owed at closing: each learner paid his enrolment (JS-3). */
    @Override
    public Settlement settle(SettlementInput input) {
        return new Settlement(CODE, input.cls().classId(), new Party(PartyKind.LEARNER, null, "the class's learners, at enrolment"),
                input.cls().owner(), List.of(), Money.ZERO, Map.of("classFee", config.classFee()), input.asOf());
    }
}
