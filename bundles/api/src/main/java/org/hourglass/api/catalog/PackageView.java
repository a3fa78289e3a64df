package org.hourglass.api.catalog;

import java.time.Instant;
import java.util.List;
import org.hourglass.api.quantity.Hours;

/** One version of a course package; {@code hours} counts the courses at {@code minutesPerHour} (C-12). */
public record PackageView(long id, int version, String name, List<Long> courseIds, boolean playInOrder, int minutesPerHour,
        boolean examRequired, Long paperId, Hours hours, Instant createdAt) {
}
