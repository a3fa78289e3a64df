package org.hourglass.api.classes;

/** Body of {@code POST /api/v1/classes/{id}/tasks}: a course published to the whole class, or to one group (C-22). */
public record TaskBody(Long courseId, Long groupId) {
}
