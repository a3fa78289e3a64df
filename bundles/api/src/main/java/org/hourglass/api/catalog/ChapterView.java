package org.hourglass.api.catalog;

public record ChapterView(long id, int position, String title, ChapterKind kind, int durationSeconds) {
}
