package org.hourglass.api.commerce;

/** An organisation's copies of one course (BJ-10): bought on paid orders, held by learners, voided, and free to assign. */
public record StockView(long organizationId, long courseId, String courseTitle, int purchased, int assigned, int voided,
        int available) {
}
