package org.hourglass.policy.beijing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.platform.TimeSource;
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
import org.hourglass.api.policy.OwnerFacts;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.PolicyIdentity;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.policy.support.StandardRules;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Beijing employer-subsidy regime as the core sees it (seed 000): PLANNED → OPEN → APPLIED, where applying
 * closes the class (BJ-15); 999 learners (BJ-9); 8 credited hours a day (BJ-19); per-course exams with unlimited
 * attempts after 100 % (C-35); effective hours per type (C-37, BJ-5); the subsidy (BJ-2 … BJ-8); courses per
 * copy (BJ-10) and their refunds (BJ-11). Every hook decides on its request and the policy's own tables only.
 */
@Component(service = {TrainingPolicy.class, BeijingPolicy.class}, configurationPid = BeijingConfig.PID)
@PolicyIdentity(code = BeijingPolicy.CODE, name = "Beijing employer training subsidy (以训兴业)", region = "Beijing")
@Designate(ocd = BeijingConfig.class)
public class BeijingPolicy implements TrainingPolicy {
    static final String CODE = "beijing-subsidy";
    static final String OPEN = "OPEN";
    static final String APPLIED = "APPLIED";
    /** C-36 (BJ Q68): a course's exam passes at 60. */
    static final int PASS_MARK = StandardRules.PASS_MARK;

    private static final LifecycleModel LIFECYCLE = LifecycleModel.startingIn("PLANNED")
            .transition("PLANNED", OPEN, Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN)
            .transition(OPEN, APPLIED, Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN)
            .studyIn(OPEN).closedIn(APPLIED).build();

    private final BeijingStore store;
    private volatile BeijingConfig config;
    private volatile SubsidyRates rates;

    @Activate
    public BeijingPolicy(BeijingConfig config, @Reference BeijingStore store) {
        this.store = store;
        modified(config);
    }

    /** The configuration guard delivered only values {@link BeijingConfigCheck} accepts. */
    @Modified
    void modified(BeijingConfig config) {
        this.rates = SubsidyRates.of(config);
        this.config = config;
    }

    SubsidyRates rates() {
        return rates;
    }

    BeijingConfig config() {
        return config;
    }

    LocalDate policyEnd() {
        return LocalDate.parse(config.policyEnd());
    }

    @Override
    public LifecycleModel lifecycle() {
        return LIFECYCLE;
    }

    /** OPEN → APPLIED is the application (BJ-15): every gate of the seed first, then the class closes on the application day. */
    @Override
    public TransitionOutcome mayTransition(TransitionRequest request) {
        if (!request.to().equals(APPLIED)) {
            return TransitionOutcome.allow();
        }
        Decision d = mayApply(request);
        return d.allowed() ? new TransitionOutcome(d, localDay(request.now())) : new TransitionOutcome(d, null);
    }

    private static LocalDate localDay(java.time.Instant instant) {
        return instant.atZone(TimeSource.DEFAULT_ZONE).toLocalDate();
    }

    Decision mayApply(TransitionRequest request) {
        if (localDay(request.now()).isAfter(policyEnd())) {
            return Decision.refuse("BJ-18", "applications closed on " + policyEnd());
        }
        if (request.owner().kind() != PartyKind.ORGANIZATION) {
            return Decision.refuse("BJ-1", "only organisations (参培单位) apply");
        }
        long org = request.owner().id();
        Decision eligible = organisationEligible(request.owner());
        if (!eligible.allowed()) {
            return eligible;
        }
        if (store.cheatingCases(org) >= 2) {
            return Decision.refuse("BJ-17", "organisation " + org + " had a second cheating learner; it lost the subsidy and is untrustworthy");
        }
        NegativeShare negative = store.negativeShare(org);
        if (!negative.under(config.surveyNegativeLimitPercent())) {
            return Decision.refuse("BJ-14", negative.negative() + " of the organisation's " + negative.all() + " survey answers ("
                    + negative.percent() + " %) are negative; under " + config.surveyNegativeLimitPercent() + " % may apply");
        }
        if (request.roster().size() == 0) {
            return Decision.refuse("BJ-15", "a class applies with its learners; this one has none");
        }
        List<Long> missing = store.dispatchedWithoutAgreement(org, request.roster().learnerIds());
        if (!missing.isEmpty()) {
            return Decision.refuse("BJ-15", "dispatched workers need their dispatch agreement attached: learners " + missing);
        }
        List<Long> undeclared = store.notDeclaredEligible(org, request.roster().learnerIds().stream().sorted().toList());
        if (!undeclared.isEmpty()) {
            return Decision.refuse("BJ-1", "every learner of the claim is declared insured in Beijing and still employed (seed 000 Q2); "
                    + "not so declared: learners " + undeclared + " — declare them, or take those who left off (leave-organization)");
        }
        return Decision.allow();
    }

    /**
     * BJ-1: organisations insured in Beijing — read from the insured region's GB/T 2260 code as platform staff confirmed
     * it (11xxxx), never from free text (issue 15: "北京" searched in what the organisation typed).
     */
    static Decision organisationEligible(OwnerFacts owner) {
        String code = owner.insuredRegionCode();
        if (code == null) {
            return Decision.refuse("BJ-1", "organisation " + owner.id() + " has no confirmed insured region yet; platform staff "
                    + "confirm it with its code when they certify the organisation");
        }
        return code.startsWith(BEIJING_REGION_PREFIX) ? Decision.allow()
                : Decision.refuse("BJ-1", "organisation " + owner.id() + " is insured in region " + code + ", not in Beijing (11xxxx)");
    }

    /** GB/T 2260: Beijing's administrative division codes are 11xxxx. */
    static final String BEIJING_REGION_PREFIX = "11";

    /** BJ-9 at most 999 learners, resident IDs only (C-1, Q31), the roster changes until the application. */
    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return RosterRules.builder(config.maxLearners()).acceptedIdTypes(IdType.RESIDENT_ID).editableIn("PLANNED", OPEN).build();
    }

    /** BJ-1 the organisation is insured in Beijing; BJ-18 nobody joins after the policy window (C-24 is core's). */
    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        if (localDay(request.now()).isAfter(policyEnd())) {
            return Decision.refuse("BJ-18", "training under this policy ended on " + policyEnd());
        }
        return request.owner().kind() == PartyKind.ORGANIZATION ? organisationEligible(request.owner()) : Decision.allow();
    }

    /**
     * C-25, BJ-10/BJ-11: removal only under the configured minutes studied — Q27 "不足10分钟", strictly under, unless the
     * operator sets {@code removalBoundary = AT_MOST} (Q30 "超过10分钟则无法删除": exactly 10 minutes may still leave).
     */
    @Override
    public Decision mayLeave(LeaveRequest request) {
        return StandardRules.removal(request, config.returnStudyMinutes(), config.removalBoundary());
    }

    @Override
    public boolean coursesByCopy(ClassContext cls) {
        return true;
    }

    /** BJ-19 8 hours a day; C-31 no forward seeking on the first pass; C-34/BJ-15 nothing after the application. */
    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        // BJ-18 (seed 000 Q11): training under the policy ends at its window's end; nothing is credited after it (C-42)
        return CreditingRules.builder().dailyCapHours(config.dailyCapHours()).creditUntil(policyEnd()).build();
    }

    /** C-35, BJ Q68: a course's exam after 100 %, unlimited attempts, best score counts, pass 60. */
    @Override
    public ExamRules examRules(ClassContext cls) {
        return new ExamRules(ExamScope.COURSE, 0, PASS_MARK, Duration.ofMinutes(60));
    }

    @Override
    public Decision mayStartExam(ExamRequest request) {
        if (APPLIED.equals(request.cls().status())) {
            return Decision.refuse("BJ-15", "the class applied for its subsidy; nothing counts after the application");
        }
        return StandardRules.examAfterFullProgress(request);
    }

    /** C-37 (Q6, Q39): watched 100 % AND examined AND best ≥ 60; hours summed per type (BJ-5); offline hours (BJ-13); disqualified = none (BJ-17). */
    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        return StandardRules.effectiveHours(standing, PASS_MARK);
    }

    /** BJ-13: offline hours the district authority recognised, per learner; core adds them to the learners' standings. */
    @Override
    public Map<Long, Hours> recognisedHours(ClassContext cls) {
        return store.recognisedOfflineHours(cls.classId());
    }

    /** BJ-2 … BJ-8 for every learner of the class: the authority pays the organisation; one line per learner with its facts. */
    @Override
    public Settlement settle(SettlementInput input) {
        SubsidyRates r = rates;
        List<SettlementLine> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (LearnerStanding s : input.learners()) {
            Map<org.hourglass.api.policy.CourseType, Hours> hours = completion(input.cls(), s).effectiveHoursByType();
            SubsidyEstimate e = SubsidyCalculator.estimate(r, hours);
            lines.add(SubsidyLines.line(s.learnerId(), hours, s.disqualified(), e));
            total = total.plus(e.amount());
        }
        return new Settlement(CODE, input.cls().classId(), new Party(PartyKind.AUTHORITY, null, "Beijing human resources and social security"),
                input.cls().owner(), lines, total, r.parameters(), input.asOf());
    }

    @Override
    public Decision mayRefund(RefundRequest request) {
        return RefundRule.decide(request, config.refundDays(), config.returnStudyMinutes());
    }
}
