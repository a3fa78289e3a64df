package org.hourglass.api.catalog;

/**
 * What a paper is for (C-13, C-14). Exam papers are the scored exams of a course or package and are never practised;
 * a course's practice pools (作业/练习) and mock exams (模考) are for practice and pop-up questions (seed 002, seed 003).
 */
public enum PaperPurpose {
    /** A course's or package's exam: questions worth 100 in all; its key never reaches a learner. */
    EXAM,
    /** A course's homework/practice pool: any number of questions, drawn as the learner asks; points need not add up to 100. */
    PRACTICE,
    /** A course's mock exam: shaped like an exam (100 points), taken as often as wanted, counts for nothing. */
    MOCK_EXAM
}
