package org.hourglass.api.policy;

import java.time.LocalDate;

/**
 * A guarded transition's answer.
 *
 * @param newEndDate when not null, the class's end date becomes this (BJ-15: applying closes the class
 *                   and the end date becomes the application date)
 */
public record TransitionOutcome(Decision decision, LocalDate newEndDate) {
    public static TransitionOutcome allow() {
        return new TransitionOutcome(Decision.allow(), null);
    }

    public static TransitionOutcome refuse(String ruleId, String reason) {
        return new TransitionOutcome(Decision.refuse(ruleId, reason), null);
    }
}
