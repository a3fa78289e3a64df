package org.hourglass.api.commerce;

import java.util.List;

/**
 * Body of {@code POST /api/v1/orders}. {@code policy}: the regime the order is bought under, which decides
 * its refunds (BJ-11, JS-9); for a class enrolment it is the class's policy. The buyer is the caller's own
 * organisation, institution or learner account; the platform admin names it with {@code organizationId}
 * or {@code institutionId}.
 */
public record NewOrder(String policy, Long organizationId, Long institutionId, List<NewOrderLine> lines) {
}
