package org.hourglass.api.accounts;

import java.time.Instant;
import java.util.Set;

public record StaffView(long id, String username, String name, Set<String> roles, Long institutionId, Instant createdAt) {
}
