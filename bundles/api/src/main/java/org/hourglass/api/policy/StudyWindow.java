package org.hourglass.api.policy;

import java.time.LocalTime;

/** A time-of-day span (local time, Asia/Shanghai) in which study is credited (C-33, IN-2). {@code to} is exclusive. */
public record StudyWindow(LocalTime from, LocalTime to) {
    public boolean contains(LocalTime t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
