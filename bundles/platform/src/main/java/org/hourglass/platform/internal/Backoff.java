package org.hourglass.platform.internal;

import java.time.Duration;

/** Retry delays after consecutive failures: 1, 2, 4 … seconds, at most a minute. */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(1);

    private Backoff() {
    }

    static Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = FIRST.getSeconds() << Math.min(failures - 1, 16);
        return seconds >= MAX.getSeconds() ? MAX : Duration.ofSeconds(seconds);
    }
}
