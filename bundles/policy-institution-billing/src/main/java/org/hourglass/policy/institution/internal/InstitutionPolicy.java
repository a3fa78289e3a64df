package org.hourglass.policy.institution.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.identity.IdType;
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
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.policy.RosterRules;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementInput;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.policy.TransitionOutcome;
import org.hourglass.api.policy.TransitionRequest;
import org.hourglass.api.policy.support.StandardRules;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A training institution's classes on per-head billing (seed 003). PLANNED → OPENING_REVIEW (the billing or academic admin
 * submits; the roster is not empty, IN-5) → OPEN after every review level approved (IN-5) → CLOSING_REVIEW (the billing
 * admin submits the closing: learning and exams stop, seed 003 "提交结业申请后，班级学习和考试功能都会关闭") → CLOSED after every
 * closing level approved (IN-6); a refusal sends the class back. Learners join with the class password (IN-4); the roster
 * holds at most 500 and the estimated headcount (IN-3); supervision comes from the class's settings (IN-2); billed heads
 * at closing are max(completed all, ⌈90 % of those who joined⌉) × the class type's per-head fee (IN-1, IN-6).
 */
@Component(service = {TrainingPolicy.class, InstitutionPolicy.class}, configurationPid = InstitutionConfig.PID)
@PolicyIdentity(code = InstitutionPolicy.CODE, name = "Training institution per-head billing", region = "nationwide")
@Designate(ocd = InstitutionConfig.class)
public class InstitutionPolicy implements TrainingPolicy {
    static final String CODE = "institution-billing";
    static final String PLANNED = "PLANNED";
    static final String OPENING_REVIEW = "OPENING_REVIEW";
    static final String OPEN = "OPEN";
    static final String CLOSING_REVIEW = "CLOSING_REVIEW";
    static final String CLOSED = "CLOSED";

    private static final LifecycleModel LIFECYCLE = LifecycleModel.startingIn(PLANNED)
            .transition(PLANNED, OPENING_REVIEW, Roles.BILLING_ADMIN, Roles.ACADEMIC_ADMIN, Roles.PLATFORM_ADMIN)
            .transition(OPENING_REVIEW, OPEN, Roles.PLATFORM_ADMIN, Roles.REVIEWER)
            .transition(OPENING_REVIEW, PLANNED, Roles.PLATFORM_ADMIN, Roles.REVIEWER)
            .transition(OPEN, CLOSING_REVIEW, Roles.BILLING_ADMIN, Roles.PLATFORM_ADMIN)
            .transition(CLOSING_REVIEW, CLOSED, Roles.PLATFORM_ADMIN, Roles.REVIEWER)
            .transition(CLOSING_REVIEW, OPEN, Roles.PLATFORM_ADMIN, Roles.REVIEWER)
            .studyIn(OPEN).closedIn(CLOSING_REVIEW, CLOSED).build();

    private final ReviewStore reviews;
    private final ExemptionStore exemptions;
    private volatile InstitutionConfig config;

    @Activate
    public InstitutionPolicy(InstitutionConfig config, @Reference ReviewStore reviews, @Reference ExemptionStore exemptions) {
        this.reviews = reviews;
        this.exemptions = exemptions;
        modified(config);
    }

    /** Configuration changes apply at once; the guard delivered only values the check accepted. */
    @Modified
    void modified(InstitutionConfig config) {
        this.config = config;
    }

    int reviewLevels() {
        return config.reviewLevels();
    }

    @Override
    public LifecycleModel lifecycle() {
        return LIFECYCLE;
    }

    /**
     * IN-5: a class is submitted for opening with learners on its roster; it opens, or closes, once every review level of
     * the current round approved (the reviews are this policy's table, written by {@link Reviews}).
     */
    @Override
    public TransitionOutcome mayTransition(TransitionRequest request) {
        long id = request.cls().classId();
        return switch (request.to()) {
            case OPENING_REVIEW -> request.roster().size() == 0
                    ? TransitionOutcome.refuse("IN-5", "a class is submitted for opening with its roster (seed 003 \"未填写报名信息不能申请开班\")")
                    : TransitionOutcome.allow();
            case OPEN -> request.cls().status().equals(OPENING_REVIEW) ? approved(id, ReviewEntity.Stage.OPENING, "IN-5")
                    : TransitionOutcome.allow();
            case CLOSED -> approved(id, ReviewEntity.Stage.CLOSING, "IN-6");
            default -> TransitionOutcome.allow();
        };
    }

    private TransitionOutcome approved(long classId, ReviewEntity.Stage stage, String rule) {
        int levels = config.reviewLevels();
        int approved = reviews.approvalsInRound(classId, stage);
        return approved >= levels ? TransitionOutcome.allow() : TransitionOutcome.refuse(rule, "the " + stage.name().toLowerCase()
                + " review has " + approved + " of its " + levels + " levels approved");
    }

    /** IN-3: ≤ 500 and ≤ the estimated headcount; editable until closing; IN-4: learners join with the class password. */
    @Override
    public RosterRules rosterRules(ClassContext cls) {
        return RosterRules.builder(config.maxLearners())
                .acceptedIdTypes(IdType.RESIDENT_ID, IdType.PASSPORT, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT)
                .editableIn(PLANNED, OPENING_REVIEW, OPEN).classPasswordJoin(true).capacityIsHardLimit(true).build();
    }

    /** IN-3: classes of training institutions; a learner is added while the roster is editable. */
    @Override
    public Decision mayEnrol(EnrolmentRequest request) {
        return request.cls().owner().kind() == PartyKind.INSTITUTION ? Decision.allow()
                : Decision.refuse("IN-1", "classes under this policy are a training institution's");
    }

    /** IN-3 (seed 003 "开班前，学员报名信息可以删除"): a learner leaves the roster only before the class opens. */
    @Override
    public Decision mayLeave(LeaveRequest request) {
        return PLANNED.equals(request.cls().status()) || OPENING_REVIEW.equals(request.cls().status()) ? Decision.allow()
                : Decision.refuse("IN-3", "after opening the roster is added to and edited, not deleted from (seed 003)");
    }

    /** IN-2 supervision from the class's settings; nothing credited or watched once the closing is submitted (IN-6). */
    @Override
    public CreditingRules creditingRules(ClassContext cls) {
        return SupervisionSettings.of(cls).crediting();
    }

    @Override
    public List<FieldError> validateSettings(ClassContext cls) {
        List<FieldError> errors = new ArrayList<>(SupervisionSettings.problems(cls));
        if (cls.owner().kind() != PartyKind.INSTITUTION) {
            errors.add(new FieldError("ownerKind", "IN-1: a class under this policy is a training institution's"));
        }
        return errors;
    }

    /** C-35 (seed 003): per-course exams, the class's attempts and minutes (else the configured ones), inside its window. */
    @Override
    public ExamRules examRules(ClassContext cls) {
        SupervisionSettings s = SupervisionSettings.of(cls);
        return new ExamRules(ExamScope.COURSE, s.examAttempts(config.examAttempts()), StandardRules.PASS_MARK,
                Duration.ofMinutes(s.examMinutes(config.examMinutes())), s.examOpens(), s.examCloses());
    }

    /** C-35: a course's exam after it is 100 % watched. */
    @Override
    public Decision mayStartExam(ExamRequest request) {
        return StandardRules.examAfterFullProgress(request);
    }

    /** IN-7: completed = every course watched, examined and passed (C-37); the certificate follows it. */
    @Override
    public Completion completion(ClassContext cls, LearnerStanding standing) {
        return StandardRules.effectiveHours(standing, StandardRules.PASS_MARK);
    }

    /** IN-1, IN-5: the per-head fee of the class's type; 0.00 for a class whose fee exemption was granted (IN-5 "免开班"). */
    Money fee(ClassContext cls) {
        return feeExempt(cls) ? Money.ZERO : typeFee(cls);
    }

    boolean feeExempt(ClassContext cls) {
        return exemptions.granted(cls.classId());
    }

    private Money typeFee(ClassContext cls) {
        return Money.parse(switch (cls.classType()) {
            case "NEW_APPRENTICESHIP" -> config.feeNewApprenticeship();
            case "LIVE_ONLINE" -> config.feeLiveOnline();
            case "ON_SITE" -> config.feeOnSite();
            default -> config.feeVocationalSkills();
        });
    }

    /**
     * IN-6: billed heads = learners who completed everything, never fewer than ⌈floor % of the learners who joined⌉ (RULES.md
     * IN-6: the seed gives no rounding; round up to whole learners); amount = billed heads × the per-head fee. The
     * institution pays the platform.
     */
    @Override
    public Settlement settle(SettlementInput input) {
        Money fee = fee(input.cls());
        int joined = (int) input.learners().stream().filter(LearnerStanding::joined).count();
        int completed = (int) input.learners().stream().filter(s -> completion(input.cls(), s).classCompleted()).count();
        int floor = BilledHeads.floor(joined, config.billedFloorPercent());
        int billed = Math.max(completed, floor);
        Money amount = fee.times(billed);
        SettlementLine line = new SettlementLine("IN-6", "class " + input.cls().classId(), "billed heads = max(completed " + completed
                + ", ⌈" + config.billedFloorPercent() + " % of " + joined + " joined⌉ = " + floor + ")", BigDecimal.valueOf(billed), fee,
                amount, Map.of("joined", Integer.toString(joined), "completed", Integer.toString(completed), "floor",
                        Integer.toString(floor), "classType", input.cls().classType(), "feeExempt",
                        Boolean.toString(feeExempt(input.cls()))));
        return new Settlement(CODE, input.cls().classId(), input.cls().owner(), new Party(PartyKind.PLATFORM, null, "platform"),
                List.of(line), amount, Map.of("perHeadFee", fee.toString(), "billedFloorPercent",
                        Integer.toString(config.billedFloorPercent())), input.asOf());
    }

    /**
     * IN-8 (seed 003 "申请退费"): the institution asks for a paid class-closing order back, whole; the platform, which sold it,
     * reviews the request ({@link #refundAwaitsSeller}). Copies are not this policy's goods, so nothing else is refunded.
     */
    @Override
    public Decision mayRefund(RefundRequest request) {
        return request.kind() == RefundKind.REFUND ? Decision.allow()
                : Decision.refuse("IN-8", "a class-closing order is refunded whole, on request (\"申请退费\"), not by copies");
    }

    /** IN-8: a refund request waits for the platform's review. */
    @Override
    public boolean refundAwaitsSeller(RefundRequest request) {
        return true;
    }

    static Instant instantOrNull(String s) {
        return s == null || s.isBlank() ? null : Instant.parse(s.trim());
    }
}
