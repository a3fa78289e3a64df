package org.hourglass.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.platform.RequestThrottle;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RequestThrottle} as a sliding window per (bucket, key): the instants of the admitted requests still inside the
 * window. Bounded: at most {@value #MAX_KEYS} keys are tracked, the least recently used forgotten first, so a flood of
 * fresh keys costs memory only up to that bound. A refusal is logged once per key and window (an operator's alert).
 */
@Component(service = RequestThrottle.class)
public class SlidingWindowThrottle implements RequestThrottle {
    static final int MAX_KEYS = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(SlidingWindowThrottle.class);

    private final TimeSource time;
    /** The admitted instants still inside the window, and until when a refusal was last logged. */
    private static final class Window {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant loggedUntil = Instant.MIN;
    }

    private final Map<String, Window> admitted = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    @Activate
    public SlidingWindowThrottle(@Reference TimeSource time) {
        this.time = time;
    }

    @Override
    public void admit(String bucket, String key, int limit, Duration window) {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs a limit ≥ 1 and a positive window");
        }
        Instant now = time.now();
        Instant retryAt;
        synchronized (admitted) {
            Window w = admitted.computeIfAbsent(bucket + "|" + key, k -> new Window());
            Deque<Instant> times = w.times;
            while (!times.isEmpty() && !now.isBefore(times.peekFirst().plus(window))) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                times.addLast(now);
                return;
            }
            retryAt = times.peekFirst().plus(window);
            if (!now.isBefore(w.loggedUntil)) {
                w.loggedUntil = retryAt;
                LOG.warn("Request throttle {}: {} requests within {} from {}; refused until {}", bucket, limit, window, key, retryAt);
            }
        }
        throw new Problem(429, "too-many-attempts", "Too many attempts", "too many requests of this kind from here; retry after "
                + retryAt, List.of());
    }
}
