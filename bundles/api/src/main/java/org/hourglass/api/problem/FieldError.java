package org.hourglass.api.problem;

/** One invalid field of a request: a JSON path-like name ({@code "hours.PAID_ON_DEMAND"}, {@code "rows[3].idNumber"}) and why. */
public record FieldError(String field, String message) {
}
