package org.hourglass.api.live;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** A live-streaming platform: sessions are booked on it, and it reports each learner's live and replay minutes. */
@ConsumerType
public interface LivePlatform {
    /** Books a session; returns the platform's reference for it. Idempotent per {@code key}. */
    String book(String key, String topic, Instant startsAt, int minutes);

    /** Who watched the session so far, live and as a replay (minutes per learner). */
    List<Attendance> attendance(String reference);

    /** One learner's minutes in one session. */
    record Attendance(long learnerId, int liveMinutes, int replayMinutes) {
    }
}
