package org.hourglass.api.commerce;

import java.util.List;

/**
 * Body of {@code POST /api/v1/orders}. {@code policy}: the regime the order is bought under, which decides
 * its refunds (BJ-11, JS-9); for a class enrolment it is the class's policy. The buyer is the caller's own
 * organisation, institution or learner account; the platform admin names it with {@code organizationId}
 * or {@code institutionId}. {@code invoice}: the invoice's title and delivery, when the buyer gives them with the order
 * (JS-3); optional.
 */
public record NewOrder(String policy, Long organizationId, Long institutionId, List<NewOrderLine> lines, InvoiceIntent invoice) {
    /** An order that says nothing of its invoice yet. */
    public NewOrder(String policy, Long organizationId, Long institutionId, List<NewOrderLine> lines) {
        this(policy, organizationId, institutionId, lines, null);
    }
}
