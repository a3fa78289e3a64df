package org.hourglass.platform.internal;

import java.time.Instant;
import java.util.Optional;

/** What the policy configuration guard decided about each policy PID, for the registry and health. */
public interface ConfigurationVerdicts {
    /**
     * A refusal of a PID's configuration.
     *
     * @param goodValuesInForce true when the last good values are delivered instead (a note); false when there are none
     *                          and the policy cannot serve (FAILED)
     */
    record Refusal(String pid, String reason, boolean goodValuesInForce, Instant at) {
        String text() {
            return "configuration " + pid + " refused at " + at + ": " + reason
                    + (goodValuesInForce ? "; the last good values stay in force" : "; no good values yet, the policy waits for a fix");
        }
    }

    /** The standing refusal of {@code pid}'s current configuration, if any. */
    Optional<Refusal> refusal(String pid);

    /** Increases whenever the guard's view of {@code pid} changes (a new configuration, accepted or refused). */
    long stamp(String pid);
}
