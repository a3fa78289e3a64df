package org.hourglass.api.problem;

import java.util.List;

/**
 * A client-visible failure. Thrown anywhere below a resource (core or policy bundle), answered by the
 * REST layer as {@code application/problem+json}: {@code {type, title, status, detail, errors}}.
 * The {@code detail} starts with the rule id when a rule refused the request ({@code "HR-3: ..."}).
 * Throwing it before any write keeps the rule "a rejected request changes nothing"; thrown inside a
 * transaction it rolls that transaction back.
 */
public class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Base of every problem {@code type} URI; the last segment names the kind. */
    public static final String TYPE_BASE = "https://hourglass.example/problems/";

    private final int status;
    private final String kind;
    private final String title;
    private final transient List<FieldError> errors;

    public Problem(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 400: the request is malformed or a field is invalid. */
    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(400, "invalid-request", "Invalid request", detail, errors);
    }

    public static Problem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** The request body, or a 400 when the client sent none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw invalid("a JSON body is required", List.of());
        }
        return body;
    }

    /** 404: no such object, or one the caller may not know of. */
    public static Problem notFound(String what, Object id) {
        return new Problem(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    /** 409: a rule refused a well-formed request in the current state; {@code ruleId} leads the detail. */
    public static Problem ruleViolated(String ruleId, String reason) {
        return new Problem(409, "rule-violated", "Refused by rule " + ruleId, ruleId + ": " + reason, List.of());
    }

    /** 409: the object is not in a state that allows the operation. */
    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail, List.of());
    }

    /** 403: authenticated, not allowed. */
    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Forbidden", detail, List.of());
    }

    /** 503 {@code .../policy-not-deployed}: the class's policy bundle is absent; nothing was changed. */
    public static Problem policyNotDeployed(String policyCode) {
        return new Problem(503, "policy-not-deployed", "Policy not deployed",
                "policy '" + policyCode + "' is not deployed; install its feature to resume (nothing was changed)", List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_BASE + kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
