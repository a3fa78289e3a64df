package org.hourglass.api.policy;

/** What an exam covers (JS-6): one course, or the whole class. */
public enum ExamScope {
    COURSE, CLASS
}
