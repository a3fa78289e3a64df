package org.hourglass.bench.tool;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a simulated player sends: one stream per learner whose position follows the wall clock (so beats are
 * plain playback, never seeks) and whose sequence only grows, also across separate runs of the tool.
 */
final class Beats {
    private static final long CHAPTER_MS = 7_000_000;
    private final World.State state;
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);

    Beats(World.State state) {
        this.state = state;
    }

    Map<String, Object> body(World.Learner l) {
        long ms = Math.floorMod(System.currentTimeMillis() + l.id() * 7919, CHAPTER_MS) / 100 * 100;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("classId", l.classId());
        b.put("courseId", state.courseId());
        b.put("chapterId", state.chapterId());
        b.put("position", ms / 1000.0);
        b.put("streamId", "bench-" + l.id());
        b.put("sequence", sequence.incrementAndGet());
        b.put("playbackRate", 1.0);
        b.put("visible", true);
        return b;
    }

    HttpRequest request(Http http, String path, World.Learner l, Map<String, Object> body, String key) {
        return key == null ? http.request("POST", path, l.token(), body) : http.request("POST", path, l.token(), body, "Idempotency-Key", key);
    }
}
