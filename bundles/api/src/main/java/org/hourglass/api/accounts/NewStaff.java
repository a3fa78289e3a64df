package org.hourglass.api.accounts;

/** Body of {@code POST /api/v1/staff}: a staff account logging in by username (C-4, C-6). */
public record NewStaff(String username, String name, StaffRole role, Long institutionId, String password) {
}
