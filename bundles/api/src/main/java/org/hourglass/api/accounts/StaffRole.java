package org.hourglass.api.accounts;

import org.hourglass.api.rest.Roles;

/**
 * C-6: institution staff roles (seed 003 §1), plus reviewers (authority or platform review staff) who
 * belong to no institution.
 */
public enum StaffRole {
    ACADEMIC_ADMIN(Roles.ACADEMIC_ADMIN), HEAD_TEACHER(Roles.HEAD_TEACHER), ASSISTANT(Roles.ASSISTANT),
    BILLING_ADMIN(Roles.BILLING_ADMIN), REVIEWER(Roles.REVIEWER);

    private final String role;

    StaffRole(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    public boolean ofInstitution() {
        return this != REVIEWER;
    }
}
