package org.hourglass.api.policy;

import java.util.Set;

/** An allowed lifecycle edge and the roles that may take it. */
public record Transition(String from, String to, Set<String> roles) {
    public Transition {
        roles = Set.copyOf(roles);
    }
}
