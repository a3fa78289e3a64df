package org.hourglass.api.policy;

import java.util.List;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A regional training regime, contributed by a hot-deployable bundle as a DS service with the
 * service property {@value #CODE_PROPERTY}. Core asks the class's policy at every decision point
 * below; answers must be pure functions of their arguments and the policy's configuration (no
 * hidden state), so a settlement is reproducible from recorded facts. See the package summary for
 * which hook carries which rule of each policy.
 */
@ConsumerType
public interface TrainingPolicy {
    /** The service property naming the policy; equals {@code descriptor().code()}. */
    String CODE_PROPERTY = "policy.code";

    PolicyDescriptor descriptor();

    // ---- classes -------------------------------------------------------------------------------

    /** Validates a class's policy-specific settings; empty when valid. */
    default List<FieldError> validateSettings(ClassContext cls) {
        return List.of();
    }

    /** The class lifecycle: states and edges. */
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

    /** Guards removal of a learner or a task (C-25 and the policy's own limits). */
    Decision mayLeave(LeaveRequest request);

    // ---- learning ------------------------------------------------------------------------------

    CreditingRules creditingRules(ClassContext cls);

    ExamRules examRules(ClassContext cls);

    /** Guards the start of an exam attempt (C-35 and the policy's windows and registrations). */
    Decision mayStartExam(ExamRequest request);

    /** Judges one learner from the recorded facts: effective hours, class completion, certificate. */
    Completion completion(ClassContext cls, LearnerStanding standing);

    // ---- money ---------------------------------------------------------------------------------

    /** The class's settlement from recorded facts; deterministic for the same input and configuration. */
    Settlement settle(SettlementInput input);

    /** Guards a refund request on an order this policy sold through; refused by default. */
    default Decision mayRefund(RefundRequest request) {
        return Decision.refuse("SPI", "policy '" + descriptor().code() + "' accepts no refunds");
    }
}
