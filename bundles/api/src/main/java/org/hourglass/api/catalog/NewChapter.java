package org.hourglass.api.catalog;

/** A chapter of a new course; {@code durationSeconds} is the video's length or a document's study time (C-10). */
public record NewChapter(String title, ChapterKind kind, Integer durationSeconds) {
}
