package org.hourglass.api.catalog;

/** C-10: a chapter is a video or a document. */
public enum ChapterKind {
    VIDEO, DOCUMENT
}
