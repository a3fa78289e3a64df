package org.hourglass.api.records;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/learning/heartbeats}: the player's report of where it is (C-30).
 *
 * @param position      seconds into the chapter, at most three decimals
 * @param streamId      the player session (one per tab/device, 8-64 of [A-Za-z0-9-]); one live stream per learner (C-4)
 * @param sequence      strictly increasing within the stream; a repeated or older sequence credits nothing
 * @param playbackRate  the player's rate (1.0 normal); faster playback never earns more than wall-clock time
 * @param visible       whether the tab/window was visible; hidden playback is recorded and not credited
 * @param clientTime    the player's clock, kept as evidence only (the server's clock decides)
 */
public record Heartbeat(Long classId, Long courseId, Long chapterId, BigDecimal position, String streamId, Long sequence,
        BigDecimal playbackRate, Boolean visible, Instant clientTime) {
}
