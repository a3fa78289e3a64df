package org.hourglass.api.commerce;

/** What an order line buys. */
public enum LineKind {
    /** Copies of a course for an organisation's stock; one learner studying one course consumes one (BJ-10). */
    COURSE_COPIES,
    /** A learner's enrolment fee for a class (JS-3). */
    CLASS_ENROLMENT,
    /** Per-head billing of a closed class (IN-6); created by the policy, never by a client. */
    BILLED_HEADS,
    /** Live-stream minutes: a prepaid top-up, or a night's usage settled from the balance (IN-8). */
    LIVE_MINUTES,
    /** An annual value-added service (own courses, own portal), paid when bought (IN-8). */
    ANNUAL_SERVICE
}
