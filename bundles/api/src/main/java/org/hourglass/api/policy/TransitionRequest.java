package org.hourglass.api.policy;

import java.time.Instant;
import java.util.Set;

/** A move of a class from its current state to {@code to}, asked by an actor with the given roles. */
public record TransitionRequest(ClassContext cls, String to, long actorId, Set<String> actorRoles, String reason,
        Instant now) {
    public TransitionRequest {
        actorRoles = Set.copyOf(actorRoles);
    }
}
