package org.hourglass.api.records;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the server made of one heartbeat. {@code creditedSeconds} were added to the ledger;
 * {@code cappedSeconds} were earned but over the daily cap or outside a study window (C-33), kept as
 * a fact and not credited. {@code flags} name what was recorded about the beat (e.g.
 * {@code FAST_PLAYBACK}, {@code SEEK_AHEAD}, {@code HIDDEN}, {@code DUPLICATE}); {@code note} explains a
 * zero credit with the rule id. {@code challenge}: a pop-up question to answer before more is credited (C-38).
 */
public record HeartbeatResult(long beatId, BigDecimal creditedSeconds, BigDecimal cappedSeconds, List<String> flags, String note,
        BigDecimal furthestSeconds, BigDecimal chapterSeconds, int chapterPercent, int coursePercent,
        BigDecimal creditedTodaySeconds, Challenge challenge) {
    public HeartbeatResult {
        flags = List.copyOf(flags);
    }
}
