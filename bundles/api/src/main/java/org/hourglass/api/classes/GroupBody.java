package org.hourglass.api.classes;

/** Body of {@code POST /api/v1/classes/{id}/groups}: a study group (学习小组, C-22). */
public record GroupBody(String name) {
}
