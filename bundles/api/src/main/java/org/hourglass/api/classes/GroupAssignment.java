package org.hourglass.api.classes;

/** Body of {@code PUT /api/v1/classes/{id}/roster/{learnerId}/group}: the learner's new group, or null for none (C-22). */
public record GroupAssignment(Long groupId) {
}
