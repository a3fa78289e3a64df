package org.hourglass.api.policy;

import org.hourglass.api.problem.Problem;

/**
 * A policy's yes or no at a decision point. A refusal names the rule that refused, so the REST
 * answer's detail reads {@code "BJ-9: a class has at most 999 learners"}.
 */
public record Decision(boolean allowed, String ruleId, String reason) {
    private static final Decision ALLOW = new Decision(true, null, null);

    public static Decision allow() {
        return ALLOW;
    }

    public static Decision refuse(String ruleId, String reason) {
        return new Decision(false, ruleId, reason);
    }

    /** Throws the 409 problem of a refusal; does nothing when allowed. */
    public void orThrow() {
        if (!allowed) {
            throw Problem.ruleViolated(ruleId, reason);
        }
    }
}
