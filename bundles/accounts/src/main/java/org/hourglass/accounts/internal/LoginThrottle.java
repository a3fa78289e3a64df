package org.hourglass.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hourglass.api.problem.Problem;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one principal within
 * {@link #WINDOW}, further attempts are refused (429) until the window has passed since the last
 * failure. A success clears the count. Kept in memory: a restart forgives, which is acceptable for a
 * rate limit (the passwords themselves stay slow to test, PBKDF2).
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    void check(String principal, Instant now) {
        Failures f = failures.get(key(principal));
        if (f != null && f.count() >= MAX_FAILURES && now.isBefore(f.last().plus(WINDOW))) {
            throw new Problem(429, "too-many-attempts", "Too many attempts",
                    "too many failed logins for this principal; try again after " + f.last().plus(WINDOW), List.of());
        }
    }

    void failed(String principal, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(e -> !now.isBefore(e.getValue().last().plus(WINDOW)));
        }
        failures.merge(key(principal), new Failures(1, now), (old, one) ->
                now.isBefore(old.last().plus(WINDOW)) ? new Failures(old.count() + 1, now) : one);
    }

    void succeeded(String principal) {
        failures.remove(key(principal));
    }

    private static String key(String principal) {
        return principal.trim().toUpperCase();
    }
}
