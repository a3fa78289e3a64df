package org.hourglass.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;

/**
 * Turns any failure into a {@link ProblemBody}. Client mistakes (malformed or invalid JSON, unknown
 * paths, wrong methods or media types, rule refusals) become 4xx with what was wrong; anything else is
 * a 500 that says nothing internal. Pure: no JAX-RS runtime needed, so it is unit-tested directly.
 */
final class ProblemTranslator {
    private ProblemTranslator() {
    }

    static ProblemBody translate(Throwable failure) {
        Problem problem = find(failure, Problem.class);
        if (problem != null) {
            return new ProblemBody(problem.type(), problem.title(), problem.status(), problem.detail(), problem.errors());
        }
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        if (json != null) {
            return fromJson(json);
        }
        if (failure instanceof WebApplicationException web) {
            return fromWeb(web);
        }
        if (lostRace(failure)) {
            return body(409, "conflict", "Conflict", "what this request changes was changed by another request at the same moment; "
                    + "nothing was changed, read it again and retry", List.of());
        }
        return body(500, "internal-error", "Internal error",
                "the server failed to handle the request; it has been logged", List.of());
    }

    private static ProblemBody fromJson(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return body(400, "malformed-json", "Malformed JSON", "JSON too deep or too large: " + detail, List.of());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                    : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                            ? (detail != null && detail.startsWith("Cannot map `null`") ? "required: " : "expected ")
                                    + ExpectedType.describe(mismatch.getTargetType())
                            : firstLine(detail);
            return body(400, "invalid-request", "Invalid request", field + ": " + message,
                    List.of(new FieldError(field, message)));
        }
        return body(400, "malformed-json", "Malformed JSON", firstLine(detail), List.of());
    }

    private static ProblemBody fromWeb(WebApplicationException e) {
        Response r = e.getResponse();
        int status = r == null ? 500 : r.getStatus();
        if ((e instanceof NotFoundException || status == 404) && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (?limit=abc): that is bad input
            return body(400, "invalid-parameter", "Invalid parameter",
                    "a path or query parameter has the wrong form: " + firstLine(e.getCause().getMessage()), List.of());
        }
        if (e instanceof NotFoundException || status == 404) {
            return body(404, "not-found", "Not found", "no such resource", List.of());
        }
        if (e instanceof NotAllowedException) {
            return body(405, "method-not-allowed", "Method not allowed", "allowed: " + r.getAllowedMethods(), List.of());
        }
        String title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String kind = title.toLowerCase().replace(' ', '-');
        return body(status, kind, title, status >= 500 ? "the server failed to handle the request" : firstLine(e.getMessage()), List.of());
    }

    /**
     * A transaction that lost a race (issue 13: one operation is one transaction, so a race is found at its commit,
     * possibly in another bundle's rows): a versioned row changed meanwhile (optimistic lock), a lock wait timed out or
     * deadlocked (SQLState class 40), or a unique key was taken meanwhile (23505). The transaction rolled back whole.
     */
    static boolean lostRace(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ProblemBody body(int status, String kind, String title, String detail, List<FieldError> errors) {
        return new ProblemBody(Problem.TYPE_BASE + kind, title, status, detail, errors);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
