package org.hourglass.records.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * How much of one heartbeat is earned study (C-30, C-31), before the policy's daily cap and windows
 * (C-33) decide what is credited. Pure: the same facts give the same answer.
 *
 * <p>Credit grows one contiguous coverage {@code [0, furthest)} per chapter at no more than real time:
 * a beat earns {@code min(wall-clock since the previous beat of the same segment, new media ground,
 * what is left of the chapter)}, and only when the segment started at (or before) the furthest credited
 * point. So watching at 1x earns exactly the chapter's length; faster playback or a seek leaves the
 * playhead ahead of the coverage and earns nothing until the player resumes from the furthest point;
 * re-study behind the furthest point earns nothing new; a replayed beat earns nothing twice.
 */
final class Crediting {
    /** Clock jitter between player and server tolerated before a beat counts as fast or ahead. */
    static final long TOLERANCE_MS = 3_000;
    /** A longer silence ends the segment: the next beat only starts the clock again. */
    static final long MAX_GAP_MS = 120_000;

    record Outcome(long earnedMs, Set<StudyFlag> flags, String note) {
    }

    private Crediting() {
    }

    /**
     * @param continuing  the previous beat was on the same stream and chapter, at most {@link #MAX_GAP_MS} ago
     * @param elapsedMs   server wall-clock time since that beat (0 when not continuing)
     * @param previousMs  the playhead at that beat
     */
    static Outcome earn(boolean continuing, long elapsedMs, long previousMs, long positionMs, long furthestMs, long lengthMs,
            BigDecimal rate, boolean visible, boolean forwardSeekAllowed) {
        Set<StudyFlag> flags = EnumSet.noneOf(StudyFlag.class);
        if (rate != null && rate.compareTo(BigDecimal.ONE) > 0) {
            flags.add(StudyFlag.FAST_PLAYBACK);
        }
        if (continuing) {
            long advance = positionMs - previousMs;
            if (advance > 2 * elapsedMs + TOLERANCE_MS) {
                flags.add(StudyFlag.POSITION_JUMP);
            } else if (advance > elapsedMs + elapsedMs / 10 + TOLERANCE_MS) {
                flags.add(StudyFlag.FAST_PLAYBACK);
            }
        }
        if (!visible) {
            flags.add(StudyFlag.HIDDEN);
            return new Outcome(0, flags, "C-38: playback in a hidden tab or window is recorded, not credited");
        }
        if (!continuing) {
            return new Outcome(0, flags, null);
        }
        if (positionMs <= furthestMs || furthestMs >= lengthMs) {
            return new Outcome(0, flags, "C-31: re-study behind the furthest point watched credits nothing new");
        }
        if (flags.contains(StudyFlag.POSITION_JUMP) || previousMs > furthestMs + TOLERANCE_MS) {
            if (!forwardSeekAllowed) {
                flags.add(StudyFlag.AHEAD);
            }
            return new Outcome(0, flags, "C-31: only study from the furthest point watched (" + (furthestMs / 1000)
                    + " s) at normal speed is credited; resume from there");
        }
        long earned = Math.min(elapsedMs, Math.min(positionMs, lengthMs) - furthestMs);
        return new Outcome(Math.max(0, earned), flags, null);
    }
}
