package org.hourglass.records.internal;

/** What the server noticed about one heartbeat (kept with the beat; the anti-cheat ones also as events, C-38). */
enum StudyFlag {
    /** The player reported a rate above 1, or media advanced faster than the wall clock (C-30). */
    FAST_PLAYBACK(true),
    /** Media advanced more than twice the wall-clock time: a seek forward (C-31). */
    POSITION_JUMP(true),
    /** Playback while the tab or window was hidden. */
    HIDDEN(true),
    /** The playhead is past the furthest credited point: nothing is earned there on the first pass (C-31). */
    AHEAD(false),
    /** A sequence number already seen on this stream: nothing credited twice (C-30). */
    DUPLICATE(false);

    private final boolean antiCheat;

    StudyFlag(boolean antiCheat) {
        this.antiCheat = antiCheat;
    }

    boolean antiCheat() {
        return antiCheat;
    }
}
