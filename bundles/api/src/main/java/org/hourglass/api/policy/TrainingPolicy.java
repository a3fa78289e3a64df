package org.hourglass.api.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A regional training regime, contributed by a hot-deployable bundle as a DS service carrying its identity in
 * service properties ({@link PolicyIdentity}: {@value #CODE_PROPERTY}, {@value #NAME_PROPERTY},
 * {@value #REGION_PROPERTY}), so core can list it, and report it FAILED, without instantiating it.
 *
 * <h2>Facts in, decision out</h2>
 * Core calls the hooks below at every decision point, with every fact the decision needs in the request (the
 * class, its owner's data, its roster, the actor, the platform time). A hook answers from its arguments, the
 * policy's configuration and the policy's own tables; it never calls a core service back. The one computation of
 * a class's money is {@link #settle}, called by core ({@code GET /api/v1/classes/{id}/settlement},
 * {@code hourglass:settle}); a policy's own estimates and claims are built from that settlement.
 *
 * <h2>Who calls what, when</h2>
 * See the package summary: hook × caller × moment, and the rule ids each policy carries in it.
 */
@ConsumerType
public interface TrainingPolicy {
    /** The service property naming the policy: a stable lower-case code such as {@code beijing-subsidy}. */
    String CODE_PROPERTY = "policy.code";
    /** The service property with the policy's human name, listed by {@code GET /api/v1/policies}. */
    String NAME_PROPERTY = "policy.name";
    /** The service property with the region the policy applies in. */
    String REGION_PROPERTY = "policy.region";

    // ---- classes -------------------------------------------------------------------------------

    /** Validates a class's policy-specific settings at creation; empty when valid. */
    default List<FieldError> validateSettings(ClassContext cls) {
        return List.of();
    }

    /** The class lifecycle: states and edges (build it with {@link LifecycleModel#startingIn}). */
    LifecycleModel lifecycle();

    /** Guards one edge of the lifecycle (core has checked that the edge exists and the actor's role). */
    TransitionOutcome mayTransition(TransitionRequest request);

    // ---- rosters -------------------------------------------------------------------------------

    RosterRules rosterRules(ClassContext cls);

    /** Guards enrolment, import or join of one learner. */
    Decision mayEnrol(EnrolmentRequest request);

    /** Fee a learner pays before the class opens to him (JS-3); zero when nobody pays per enrolment. */
    default Money enrolmentFee(ClassContext cls) {
        return Money.ZERO;
    }

    /**
     * Whether the class's courses are studied from copies its organisation bought (BJ-10): publishing a task then
     * assigns one copy per learner of its audience, and withdrawing it (C-25) gives them back.
     */
    default boolean coursesByCopy(ClassContext cls) {
        return false;
    }

    /**
     * Guards removal of a learner or a task. The whole C-25 rule is the policy's: core passes the minutes studied
     * and removes only on an allowed decision ({@code support.StandardRules#removal} is the usual answer).
     */
    Decision mayLeave(LeaveRequest request);

    // ---- learning ------------------------------------------------------------------------------

    CreditingRules creditingRules(ClassContext cls);

    ExamRules examRules(ClassContext cls);

    /**
     * Guards the start of an exam attempt. Core has checked the paper, the attempts left and an open window; the
     * progress rule (C-35: 100 % first) is the policy's ({@code support.StandardRules#examAfterFullProgress}).
     */
    Decision mayStartExam(ExamRequest request);

    /** Judges one learner from the recorded facts: effective hours, class completion, certificate. */
    Completion completion(ClassContext cls, LearnerStanding standing);

    /**
     * Hours the policy itself recognised outside the platform's records, per learner of the class (BJ-13 approved
     * offline training). Core adds them to each learner's {@link LearnerStanding#offlineHours} before it asks for
     * {@link #completion} or {@link #settle}. Reads the policy's own tables only; empty by default.
     */
    default Map<Long, Hours> recognisedHours(ClassContext cls) {
        return Map.of();
    }

    /**
     * The courses of the class's package each learner takes (JS-4: public courses pushed, professional and elective ones
     * chosen by the learner): core studies, examines, measures progress and judges completion over these only. Answers from
     * the policy's own tables; every learner takes every course by default. {@code courseIds} are the package's, in order.
     */
    default Map<Long, Set<Long>> coursesTaken(ClassContext cls, List<Long> courseIds, Set<Long> learnerIds) {
        Set<Long> all = Set.copyOf(courseIds);
        Map<Long, Set<Long>> out = new java.util.HashMap<>();
        learnerIds.forEach(l -> out.put(l, all));
        return out;
    }

    // ---- money ---------------------------------------------------------------------------------

    /** The class's settlement from recorded facts; deterministic for the same input and configuration. */
    Settlement settle(SettlementInput input);

    /** Guards a refund request on an order this policy sold through; refused by default. */
    default Decision mayRefund(RefundRequest request) {
        return Decision.refuse("SPI", "this policy accepts no refunds");
    }

    /**
     * Whether an allowed whole-order refund waits for the seller's decision ({@code POST /api/v1/refunds/{id}/decision})
     * instead of being applied at once, e.g. IN-8's "申请退费" reviewed by the platform. False by default.
     */
    default boolean refundAwaitsSeller(RefundRequest request) {
        return false;
    }
}
