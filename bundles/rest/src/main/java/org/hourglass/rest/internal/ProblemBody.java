package org.hourglass.rest.internal;

import java.util.List;
import org.hourglass.api.problem.FieldError;

/** The one error shape (RFC 9457 {@code application/problem+json}) of every 4xx and 5xx answer. */
public record ProblemBody(String type, String title, int status, String detail, List<FieldError> errors) {
}
