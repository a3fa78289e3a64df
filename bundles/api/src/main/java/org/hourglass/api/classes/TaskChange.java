package org.hourglass.api.classes;

import java.time.Instant;
import java.util.List;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.TrainingPolicy;

/**
 * A task being published or withdrawn, for {@link ClassParticipant}s: the class as its policy sees it, the policy,
 * the task's course, its group ({@code null}: the whole class) and the learners it reaches, in roster order.
 */
public record TaskChange(ClassContext cls, TrainingPolicy policy, long courseId, Long groupId, List<Long> audience, Instant at) {
    public TaskChange {
        audience = List.copyOf(audience);
    }
}
