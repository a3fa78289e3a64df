package org.hourglass.api.authority;

/** BJ-16: submitted → insurance check → authority review → public notice → paid, or rejected with a reason. */
public enum ClaimStatus {
    SUBMITTED, INSURANCE_CHECK, AUTHORITY_REVIEW, PUBLIC_NOTICE, PAID, REJECTED;

    public boolean finished() {
        return this == PAID || this == REJECTED;
    }
}
