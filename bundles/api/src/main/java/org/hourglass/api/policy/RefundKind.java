package org.hourglass.api.policy;

/** BJ-11's three kinds, usable by any policy that refunds. */
public enum RefundKind {
    /** Whole order back: not invoiced, paid under N days ago, nobody studied over 10 minutes. */
    REFUND,
    /** Unused copies back to stock. */
    COURSE_RETURN,
    /** Unused copies void after the provider confirms, buyer needs no more. */
    EQUAL_VALUE_EXCHANGE
}
