package org.hourglass.api.catalog;

import java.util.List;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/**
 * A course; {@code hours} = total duration / 45 minutes, kept to one decimal (C-11, BJ Q38);
 * {@code paperId} its exam paper, if it has one (C-35); {@code providerId} the institution that sells it, for a course
 * with a price (its orders' seller and invoice issuer).
 */
public record CourseView(long id, String title, String provider, String category, CourseType type, Money price,
        int durationSeconds, Hours hours, List<ChapterView> chapters, Long paperId, Long providerId) {
    /** A course without a providing institution. */
    public CourseView(long id, String title, String provider, String category, CourseType type, Money price,
            int durationSeconds, Hours hours, List<ChapterView> chapters, Long paperId) {
        this(id, title, provider, category, type, price, durationSeconds, hours, chapters, paperId, null);
    }
}
