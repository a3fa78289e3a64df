package org.hourglass.api.catalog;

/** C-13: single choice, multiple choice (two or more correct options), true/false. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE
}
