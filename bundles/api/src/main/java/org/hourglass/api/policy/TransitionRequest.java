package org.hourglass.api.policy;

import java.time.Instant;
import java.util.Set;

/**
 * A move of a class from its current state to {@code to}, asked by an actor with the given roles, with the facts
 * the guard decides on: the owner's data and the roster, as core read them in the transition's transaction.
 */
public record TransitionRequest(ClassContext cls, String to, long actorId, Set<String> actorRoles, String reason,
        OwnerFacts owner, RosterFacts roster, Instant now) {
    public TransitionRequest {
        actorRoles = Set.copyOf(actorRoles);
    }
}
