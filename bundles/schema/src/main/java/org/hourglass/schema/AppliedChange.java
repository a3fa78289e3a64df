package org.hourglass.schema;

import java.time.Instant;

/** One row of the database's migration history: which unit's change, when, and how it ended ({@code EXECUTED}, {@code MARK_RAN}). */
public record AppliedChange(String unit, String id, String author, Instant executedAt, int order, String result, String description) {
}
