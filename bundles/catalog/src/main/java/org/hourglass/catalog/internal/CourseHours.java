package org.hourglass.catalog.internal;

import org.hourglass.api.quantity.Hours;

/** C-11: course hours = total duration / minutes per class hour (45 unless a package says otherwise, C-12), to one decimal. */
final class CourseHours {
    static final int DEFAULT_MINUTES_PER_HOUR = 45;

    private CourseHours() {
    }

    static Hours of(int durationSeconds, int minutesPerHour) {
        return Hours.fromSeconds(durationSeconds, minutesPerHour);
    }
}
