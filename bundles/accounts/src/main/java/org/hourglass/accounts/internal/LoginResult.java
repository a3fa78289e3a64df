package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.Set;

/** Answer of {@code POST /api/v1/auth/login}. The token is shown once and stored only as a hash. */
public record LoginResult(String token, Instant expiresAt, AccountView account) {
    public record AccountView(long id, String principal, String displayName, Set<String> roles, boolean mustChangePassword) {
    }
}
