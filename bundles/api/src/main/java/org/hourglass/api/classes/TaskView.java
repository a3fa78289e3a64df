package org.hourglass.api.classes;

import java.time.Instant;

/** A learning task: {@code groupId} null = the whole class (C-22). */
public record TaskView(long id, long classId, long courseId, Long groupId, Instant publishedAt) {
}
