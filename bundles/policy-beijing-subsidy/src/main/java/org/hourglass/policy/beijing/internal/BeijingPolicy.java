package org.hourglass.policy.beijing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.policy.CourseStanding;
import org.hourglass.api.policy.CourseType;
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
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.Transition;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.rest.Roles;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Beijing employer-subsidy regime as the core sees it (seed 000): PLANNED → OPEN → APPLIED, where applying
 * closes the class (BJ-15); 999 learners (BJ-9); 8 credited hours a day (BJ-19); per-course exams with unlimited
 * attempts after 100 % (C-35); effective hours per type (C-37, BJ-5); the subsidy (BJ-2 … BJ-8); courses per
 * copy (BJ-10) and their refunds (BJ-11).
 */
@Component(service = {TrainingPolicy.class, BeijingPolicy.class}, configurationPid = BeijingConfig.PID,
        property = TrainingPolicy.CODE_PROPERTY + "=" + BeijingPolicy.CODE)
@Designate(ocd = BeijingConfig.class)
public class BeijingPolicy implements TrainingPolicy {
    static final String CODE = "beijing-subsidy";
    static final String OPEN = "OPEN";
    static final String APPLIED = "APPLIED";

    private static final LifecycleModel LIFECYCLE = new LifecycleModel("PLANNED", List.of(
            new Transition("PLANNED", OPEN, Set.of(Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN)),
            new Transition(OPEN, APPLIED, Set.of(Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN))),
            Set.of(OPEN), Set.of(APPLIED));

    private final PolicyDescriptor descriptor;
    private final BeijingStore store;
    private final OrganizationDirectory organizations;
    private final ClassDirectory classes;
    private final TimeSource time;
    private volatile BeijingConfig config;
    private volatile SubsidyRates rates;

    @Activate
    public BeijingPolicy(BundleContext context, BeijingConfig config, @Reference BeijingStore store,
            @Reference OrganizationDirectory organizations, @Reference ClassDirectory classes, @Reference TimeSource time) {
        this.descriptor = new PolicyDescriptor(CODE, "Beijing employer training subsidy (以训兴业)", "Beijing",
                context.getBundle().getVersion().toString(), BeijingConfig.PID);
        this.store = store;
        this.organizations = organizations;
        this.classes = classes;
        this.time = time;
        modified(config);
    }

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
    public PolicyDescriptor descriptor() {
        return descriptor;
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
        Decision d = mayApply(request.cls());
        return d.allowed() ? new TransitionOutcome(d, time.today()) : new TransitionOutcome(d, null);
    }

    Decision mayApply(ClassContext cls) {
        LocalDate today = time.today();
        if (today.isAfter(policyEnd())) {
            return Decision.refuse("BJ-18", "applications closed on " + policyEnd());
        }
        if (cls.owner().kind() != PartyKind.ORGANIZATION) {
            return Decision.refuse("BJ-1", "only organisations (参培单位) apply");
        }
        long org = cls.owner().id();
        Decision eligible = organisationEligible(org);
        if (!eligible.allowed()) {
            return eligible;
        }
        if (store.cheatingCases(org) >= 2) {
            return Decision.refuse("BJ-17", "organisation " + org + " had a second cheating learner; it lost the subsidy and is untrustworthy");
        }
        int negative = store.negativePercent(org);
        if (negative >= config.surveyNegativeLimitPercent()) {
            return Decision.refuse("BJ-14", negative + " % of the organisation's survey answers are negative; under "
                    + config.surveyNegativeLimitPercent() + " % may apply");
        }
        if (cls.rosterSize() == 0) {
            return Decision.refuse("BJ-15", "a class applies with its learners; this one has none");
        }
        Set<Long> learners = new HashSet<>();
        classes.roster(cls.classId()).forEach(r -> learners.add(r.learnerId()));
        List<Long> missing = store.dispatchedWithoutAgreement(org, learners);
        if (!missing.isEmpty()) {
            return Decision.refuse("BJ-15", "dispatched workers need their dispatch agreement attached: learners " + missing);
        }
        return Decision.allow();
    }

    /** BJ-1: organisations insured in Beijing. */
    Decision organisationEligible(long organizationId) {
        String insured = organizations.find(organizationId).map(o -> o.insuredRegion()).orElse("");
        return insured.contains("北京") || insured.toLowerCase(java.util.Locale.ROOT).contains("beijing") ? Decision.allow()
                : Decision.refuse("BJ-1", "organisation " + organizationId + " is insured in '" + insured + "', not in Beijing");
    }

    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return new RosterRules(config.maxLearners(), Set.of("RESIDENT_ID"), Set.of("PLANNED", OPEN), false, true);
    }

    /** BJ-1 the organisation is insured in Beijing; BJ-18 nobody joins after the policy window (C-24 is core's). */
    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        if (request.now().atZone(TimeSource.DEFAULT_ZONE).toLocalDate().isAfter(policyEnd())) {
            return Decision.refuse("BJ-18", "training under this policy ended on " + policyEnd());
        }
        return request.cls().owner().kind() == PartyKind.ORGANIZATION ? organisationEligible(request.cls().owner().id()) : Decision.allow();
    }

    @Override
    public Decision mayLeave(LeaveRequest request) {
        return request.studiedSeconds() < config.returnStudyMinutes() * 60L ? Decision.allow()
                : Decision.refuse("C-25", "studied " + request.studiedSeconds() / 60 + " minutes; removal only under " + config.returnStudyMinutes());
    }

    @Override
    public boolean coursesByCopy(ClassContext cls) {
        return true;
    }

    /** BJ-19 8 hours a day; C-31 no forward seeking on the first pass; C-34/BJ-15 nothing after the application. */
    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        return new CreditingRules(45, config.dailyCapHours() * 60, List.of(), false, false, true, false, 0, 0);
    }

    /** C-35, BJ Q68: a course's exam after 100 %, unlimited attempts, best score counts, pass 60. */
    @Override
    public ExamRules examRules(ClassContext cls) {
        return new ExamRules(ExamScope.COURSE, 0, 60, Duration.ofMinutes(60));
    }

    @Override
    public Decision mayStartExam(ExamRequest request) {
        if (APPLIED.equals(request.cls().status())) {
            return Decision.refuse("BJ-15", "the class applied for its subsidy; nothing counts after the application");
        }
        return request.progressPercent() < 100 ? Decision.refuse("C-35", "the course is " + request.progressPercent()
                + " % watched; its exam opens at 100 %") : Decision.allow();
    }

    /** C-37 (Q6, Q39): watched 100 % AND examined AND best ≥ 60; hours summed per type (BJ-5); disqualified = none (BJ-17). */
    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        Set<Long> effective = new HashSet<>();
        Map<CourseType, Hours> hours = new EnumMap<>(CourseType.class);
        for (CourseStanding c : standing.courses()) {
            if (!standing.disqualified() && c.watchedPercent() == 100 && c.examTaken() && c.bestScore() >= 60) {
                effective.add(c.courseId());
                hours.merge(c.type(), c.hours(), Hours::plus);
            }
        }
        if (!standing.disqualified() && standing.offlineHours().compareTo(Hours.ZERO) > 0) {
            hours.merge(CourseType.OFFLINE, standing.offlineHours(), Hours::plus);
        }
        boolean all = !standing.courses().isEmpty() && effective.size() == standing.courses().size();
        return new Completion(effective, hours, all, all);
    }

    /** BJ-2 … BJ-8 for every learner of the class: the authority pays the organisation. */
    @Override
    public Settlement settle(SettlementInput input) {
        SubsidyRates r = rates;
        List<SettlementLine> lines = new java.util.ArrayList<>();
        Money total = Money.ZERO;
        for (LearnerStanding s : input.learners()) {
            SubsidyEstimate e = SubsidyCalculator.estimate(r, completion(input.cls(), s).effectiveHoursByType());
            lines.add(new SettlementLine(e.eligible() ? "BJ-6" : "BJ-3", Long.toString(s.learnerId()), "learner " + s.learnerId() + ": "
                    + e.totalHours() + " effective hours, tier " + e.tierHours(), java.math.BigDecimal.ONE, e.amount(), e.amount()));
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
