package org.hourglass.external.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hourglass.api.live.LivePlatform;
import org.hourglass.external.simulation.SimulatedLive;
import org.osgi.service.component.annotations.Component;

/**
 * The demo's live platform (IN-10): books sessions in memory and reports the minutes the back door says learners
 * watched. A real platform's bundle replaces it with a higher service ranking.
 */
@Component(service = {LivePlatform.class, SimulatedLive.class})
public class SimulatedLivePlatform implements LivePlatform, SimulatedLive {
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, int[]>> minutes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public String book(String key, String topic, Instant startsAt, int length) {
        return references.computeIfAbsent(key, k -> {
            String ref = "SIMLIVE-" + sequence.incrementAndGet();
            minutes.put(ref, new ConcurrentHashMap<>());
            return ref;
        });
    }

    @Override
    public List<Attendance> attendance(String reference) {
        return minutes.getOrDefault(reference, Map.of()).entrySet().stream()
                .map(e -> new Attendance(e.getKey(), e.getValue()[0], e.getValue()[1])).sorted(
                        java.util.Comparator.comparingLong(Attendance::learnerId)).toList();
    }

    @Override
    public void watched(String reference, long learnerId, int liveMinutes, int replayMinutes) {
        minutes.computeIfAbsent(reference, r -> new ConcurrentHashMap<>()).merge(learnerId, new int[] {liveMinutes, replayMinutes},
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
    }
}
