package org.hourglass.api.commerce;

/**
 * One line of {@code POST /api/v1/orders}: {@code COURSE_COPIES} needs {@code courseId} and {@code quantity};
 * {@code CLASS_ENROLMENT} needs {@code classId}; {@code LIVE_MINUTES} needs {@code quantity} (minutes);
 * {@code ANNUAL_SERVICE} needs {@code service} and {@code quantity} (years); a contributed kind
 * ({@code <policy>/<name>}, see {@link ChargeKind}) takes {@code refId}, {@code quantity} and {@code service} as it says.
 * Prices come from the server.
 */
public record NewOrderLine(String kind, Long courseId, Long classId, Integer quantity, String service, Long refId) {
}
