package org.hourglass.api.accounts;

/** Body of {@code POST /api/v1/institutions}: a training institution (培训单位, C-6) and its credit code (C-5 rules). */
public record NewInstitution(String name, String creditCode) {
}
