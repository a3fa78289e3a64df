package org.hourglass.api.classes;

/** Body of {@code POST /api/v1/classes/{id}/transitions}: the target state and why. */
public record TransitionBody(String to, String reason) {
}
