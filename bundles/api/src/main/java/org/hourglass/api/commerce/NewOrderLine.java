package org.hourglass.api.commerce;

/**
 * One line of {@code POST /api/v1/orders}: {@code COURSE_COPIES} needs {@code courseId} and {@code quantity};
 * {@code CLASS_ENROLMENT} needs {@code classId}; {@code LIVE_MINUTES} needs {@code quantity} (minutes);
 * {@code ANNUAL_SERVICE} needs {@code service} and {@code quantity} (years). Prices come from the server.
 */
public record NewOrderLine(LineKind kind, Long courseId, Long classId, Integer quantity, String service) {
}
