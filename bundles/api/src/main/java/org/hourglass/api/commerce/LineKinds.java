package org.hourglass.api.commerce;

import java.util.Set;

/**
 * The kinds of order line core's commerce knows by itself, each with its own mechanics. Any other kind is a
 * {@link ChargeKind} a plug-in contributes ({@code <policy code>/<name>}), priced by it and paid, invoiced and refunded
 * through the same generic path — a new way of charging needs no core edit.
 */
public final class LineKinds {
    /** Copies of a course for an organisation's stock; one learner studying one course consumes one (BJ-10). */
    public static final String COURSE_COPIES = "COURSE_COPIES";
    /** A learner's enrolment fee for a class, priced by the class's policy (JS-3). */
    public static final String CLASS_ENROLMENT = "CLASS_ENROLMENT";
    /** Live-stream minutes: a prepaid top-up, or a night's usage settled from the balance (IN-8). */
    public static final String LIVE_MINUTES = "LIVE_MINUTES";
    /** An annual value-added service (own courses, own portal), paid when bought (IN-8). */
    public static final String ANNUAL_SERVICE = "ANNUAL_SERVICE";

    /** The core kinds. */
    public static final Set<String> CORE = Set.of(COURSE_COPIES, CLASS_ENROLMENT, LIVE_MINUTES, ANNUAL_SERVICE);

    private LineKinds() {
    }

    /** Whether {@code kind} has the form of a contributed kind: a policy code, a slash, a lower-case name. */
    public static boolean contributed(String kind) {
        return kind != null && kind.matches("[a-z0-9][a-z0-9-]{0,39}/[a-z0-9][a-z0-9-]{0,39}");
    }
}
