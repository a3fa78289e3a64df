package org.hourglass.api.classes;

import java.time.Instant;

/** One recorded lifecycle move of a class: who, when, why (audit trail). */
public record TransitionView(long id, long classId, String from, String to, long actorId, String actor, String reason,
        Instant at) {
}
