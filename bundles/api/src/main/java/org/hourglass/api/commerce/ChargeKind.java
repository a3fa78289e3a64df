package org.hourglass.api.commerce;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way of charging a plug-in contributes (a policy's per-head billing, an exam fee …): order lines of this kind are
 * priced by it and then ordered, paid, invoiced, audited and refunded through commerce's generic path like any other
 * line. Register it as a DS service. Lines of a kind whose contributor is away are refused (409) when ordered, while
 * existing orders keep working.
 */
@ConsumerType
public interface ChargeKind {
    /** {@code <policy code>/<name>}, e.g. {@code institution-billing/billed-heads} ({@link LineKinds#contributed}). */
    String kind();

    /** The policy whose refund rule ({@code TrainingPolicy.mayRefund}) governs orders of this kind: the prefix of {@link #kind}. */
    default String policyCode() {
        return kind().substring(0, kind().indexOf('/'));
    }

    /**
     * Whether clients may put it in {@code POST /api/v1/orders}; when false only the policy creates such lines
     * ({@link Orders#create}), e.g. a closing's per-head bill.
     */
    boolean orderable();

    /** Prices one line a client ordered (called only when {@link #orderable}): the facts are in the request. */
    default Charge price(ChargeRequest request) {
        return Charge.refused("kind", kind() + " is not ordered by clients");
    }
}
