package org.hourglass.api.accounts;

import java.time.Instant;

public record InstitutionView(long id, String name, String creditCode, Instant createdAt) {
}
