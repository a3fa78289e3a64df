package org.hourglass.policy.hr.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.EnrolmentRequest;
import org.hourglass.api.policy.ExamRequest;
import org.hourglass.api.policy.ExamRules;
import org.hourglass.api.policy.ExamScope;
import org.hourglass.api.policy.LearnerStanding;
import org.hourglass.api.policy.LeaveRequest;
import org.hourglass.api.policy.LifecycleModel;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.PolicyIdentity;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.policy.support.StandardRules;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Beijing HR-market practitioners (seed 004). The online course series is an ordinary class, PLANNED → OPEN → CLOSED, that
 * learners sign up to for free (HR-1: no order, no fee; study credited as usual). The exam is not the class's: it is held
 * by periods (第 N 期) with their own registration and exam day, the policy's own tables and REST.
 */
@Component(service = {TrainingPolicy.class, HrExamPolicy.class}, configurationPid = HrExamConfig.PID)
@PolicyIdentity(code = HrExamPolicy.CODE, name = "Beijing HR-market practitioner exam", region = "Beijing")
@Designate(ocd = HrExamConfig.class)
public class HrExamPolicy implements TrainingPolicy {
    static final String CODE = "hr-exam";
    static final String PLANNED = "PLANNED";
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private static final LifecycleModel LIFECYCLE = LifecycleModel.startingIn(PLANNED)
            .transition(PLANNED, OPEN, Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.ACADEMIC_ADMIN)
            .transition(OPEN, CLOSED, Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.ACADEMIC_ADMIN)
            .studyIn(OPEN).closedIn(CLOSED).build();

    private volatile HrExamConfig config;

    @Activate
    public HrExamPolicy(HrExamConfig config) {
        modified(config);
    }

    /** Configuration changes apply at once; the guard delivered only values the check accepted. */
    @Modified
    void modified(HrExamConfig config) {
        this.config = config;
    }

    HrExamConfig config() {
        return config;
    }

    @Override
    public LifecycleModel lifecycle() {
        return LIFECYCLE;
    }

    /** The series opens without a roster: learners sign up themselves (HR-1). */
    @Override
    public TransitionOutcome mayTransition(TransitionRequest request) {
        return TransitionOutcome.allow();
    }

    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return RosterRules.builder(config.maxLearners()).editableIn(PLANNED, OPEN).build();
    }

    /** HR-1: a learner signs up himself to an open series, for free. */
    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        return request.channel() == EnrolmentChannel.SELF_ENROL && !OPEN.equals(request.cls().status())
                ? Decision.refuse("HR-1", "the course series " + request.cls().classId() + " is not open for sign-up")
                : Decision.allow();
    }

    /** C-25: a learner leaves only while under 10 minutes were studied. */
    @Override
    public Decision mayLeave(LeaveRequest request) {
        return StandardRules.removal(request, 10, StandardRules.Boundary.UNDER);
    }

    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        return CreditingRules.builder().dailyCapHours(config.dailyCapHours()).build();
    }

    /** The series' own quizzes, if its courses have any, under the standard rules; the period exam is the policy's. */
    @Override
    public ExamRules examRules(ClassContext cls) {
        return new ExamRules(ExamScope.COURSE, 0, config.passMark(), Duration.ofMinutes(60), null, null);
    }

    @Override
    public Decision mayStartExam(ExamRequest request) {
        return StandardRules.examAfterFullProgress(request);
    }

    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        return StandardRules.effectiveHours(standing, config.passMark());
    }

    /** HR-1: nothing is owed — the series is free. */
    @Override
    public Settlement settle(SettlementInput input) {
        return new Settlement(CODE, input.cls().classId(), new Party(PartyKind.LEARNER, null, "the series' learners"), input.cls().owner(),
                List.of(), Money.ZERO, Map.of(), input.asOf());
    }
}
