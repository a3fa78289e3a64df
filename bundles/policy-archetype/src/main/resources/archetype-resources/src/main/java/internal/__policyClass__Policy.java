package ${package}.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.policy.Decision;
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
import org.hourglass.api.policy.SettlementLine;
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
 * ${policyName}: how core runs a class under this policy. Every hook decides on the facts in its request, its
 * configuration and (if it needs them) its own tables, never by calling core back. Start from here:
 * PLANNED → OPEN → CLOSED; the standard C-25, C-35 and C-37 rules; a voucher per learner who completed the class.
 */
@Component(service = TrainingPolicy.class, configurationPid = ${policyClass}Config.PID)
@PolicyIdentity(code = ${policyClass}Policy.CODE, name = "${policyName}", region = "${policyRegion}")
@Designate(ocd = ${policyClass}Config.class)
public class ${policyClass}Policy implements TrainingPolicy {
    static final String CODE = "${policyCode}";

    private static final LifecycleModel LIFECYCLE = LifecycleModel.startingIn("PLANNED")
            .transition("PLANNED", "OPEN", Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN)
            .transition("OPEN", "CLOSED", Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN)
            .studyIn("OPEN").closedIn("CLOSED").build();

    private volatile ${policyClass}Config config;
    private volatile Money voucher;

    @Activate
    public ${policyClass}Policy(${policyClass}Config config) {
        modified(config);
    }

    /** Configuration changes apply at once; the guard delivered only values the check accepted. */
    @Modified
    void modified(${policyClass}Config config) {
        this.voucher = Money.parse(config.voucherYuan());
        this.config = config;
    }

    @Override
    public LifecycleModel lifecycle() {
        return LIFECYCLE;
    }

    /** A class opens with learners on its roster. */
    @Override
    public TransitionOutcome mayTransition(TransitionRequest request) {
        if (request.to().equals("OPEN") && request.roster().size() == 0) {
            return TransitionOutcome.refuse("${tablePrefix}-1", "a class opens with learners on its roster");
        }
        return TransitionOutcome.allow();
    }

    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return RosterRules.builder(config.maxLearners()).editableIn("PLANNED", "OPEN").build();
    }

    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        return Decision.allow();
    }

    /** C-25: a learner or a task leaves only while under 10 minutes were studied (seed 000 Q27). */
    @Override
    public Decision mayLeave(LeaveRequest request) {
        return StandardRules.removal(request, 10, StandardRules.Boundary.UNDER);
    }

    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        return CreditingRules.builder().dailyCapHours(config.dailyCapHours()).build();
    }

    @Override
    public ExamRules examRules(ClassContext cls) {
        return new ExamRules(ExamScope.COURSE, 0, StandardRules.PASS_MARK, Duration.ofMinutes(60));
    }

    /** C-35: a course's exam after it is 100 % watched. */
    @Override
    public Decision mayStartExam(ExamRequest request) {
        return StandardRules.examAfterFullProgress(request);
    }

    /** C-37: watched, examined, passed; the class is completed when every course is. */
    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        return StandardRules.effectiveHours(standing, StandardRules.PASS_MARK);
    }

    /** The one computation of the class's money: one voucher per learner who completed the class. */
    @Override
    public Settlement settle(SettlementInput input) {
        Money each = voucher;
        List<SettlementLine> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (LearnerStanding s : input.learners()) {
            boolean completed = completion(input.cls(), s).classCompleted();
            Money amount = completed ? each : Money.ZERO;
            lines.add(new SettlementLine("${tablePrefix}-2", Long.toString(s.learnerId()), completed ? "completed: one voucher"
                    : "not completed", BigDecimal.ONE, each, amount, Map.of("completed", Boolean.toString(completed))));
            total = total.plus(amount);
        }
        return new Settlement(CODE, input.cls().classId(), new Party(PartyKind.AUTHORITY, null, "${policyRegion} voucher office"),
                input.cls().owner(), lines, total, Map.of("voucherYuan", each.toString()), input.asOf());
    }
}
