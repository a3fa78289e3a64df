package org.hourglass.api.policy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A time-of-day span (local time, Asia/Shanghai) in which study is credited (C-33, IN-2). {@code to} is exclusive. */
public record StudyWindow(LocalTime from, LocalTime to) {
    public boolean contains(LocalTime t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    /**
     * The windows of a class setting written {@code "08:00-12:00,14:00-18:00"} (blank: none), each ending after it starts;
     * an {@link IllegalArgumentException} saying the expected form otherwise.
     */
    public static List<StudyWindow> parseAll(String spec) {
        List<StudyWindow> out = new ArrayList<>();
        for (String w : spec == null ? new String[0] : spec.split(",")) {
            if (w.isBlank()) {
                continue;
            }
            String[] ft = w.trim().split("-");
            try {
                StudyWindow window = new StudyWindow(LocalTime.parse(ft[0].trim()), LocalTime.parse(ft[1].trim()));
                if (ft.length == 2 && window.from().isBefore(window.to())) {
                    out.add(window);
                    continue;
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                // said below
            }
            throw new IllegalArgumentException("HH:MM-HH:MM windows, comma-separated, each ending after it starts");
        }
        return out;
    }
}
