package org.hourglass.api.commerce;

import java.util.List;
import org.hourglass.api.policy.RefundKind;

/**
 * Body of {@code POST /api/v1/orders/{id}/refunds}. {@code REFUND}: the whole order. {@code COURSE_RETURN}:
 * the copies held by {@code learnerIds} (in {@code classId}) go back to stock. {@code EQUAL_VALUE_EXCHANGE}: the
 * order's unused copies and those of {@code learnerIds} become void once the seller confirms; needs
 * {@code noFurtherNeed} (BJ-11).
 */
public record RefundBody(RefundKind kind, Long classId, List<Long> learnerIds, Boolean noFurtherNeed, String reason) {
}
