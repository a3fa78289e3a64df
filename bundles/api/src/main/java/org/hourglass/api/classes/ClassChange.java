package org.hourglass.api.classes;

import java.time.Instant;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.TrainingPolicy;

/** A whole class being deleted before it opened (C-28), for {@link ClassParticipant}s: the class and its policy. */
public record ClassChange(ClassContext cls, TrainingPolicy policy, Instant at) {
}
