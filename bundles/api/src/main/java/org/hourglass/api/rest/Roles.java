package org.hourglass.api.rest;

/**
 * The roles endpoints name in {@code @RolesAllowed}. Staff of an institution carry
 * {@link #INSTITUTION_STAFF} plus one of the staff sub-roles (C-6).
 */
public final class Roles {
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";
    public static final String ACADEMIC_ADMIN = "ACADEMIC_ADMIN";
    public static final String HEAD_TEACHER = "HEAD_TEACHER";
    public static final String ASSISTANT = "ASSISTANT";
    public static final String BILLING_ADMIN = "BILLING_ADMIN";
    public static final String REVIEWER = "REVIEWER";
    public static final String LEARNER = "LEARNER";

    private Roles() {
    }
}
