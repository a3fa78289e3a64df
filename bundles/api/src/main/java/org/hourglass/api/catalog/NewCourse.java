package org.hourglass.api.catalog;

import java.util.List;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Money;

/**
 * Body of {@code POST /api/v1/courses} (C-10); {@code price} is required for, and only for, paid courses.
 *
 * @param provider   who provides the course; for a course with a price, the provider institution's registered name (or
 *                   left out)
 * @param paperId    optional: the course's exam paper (C-35 per-course exams, C-37)
 * @param providerId the providing institution (C-6): required for a course with a price, which it sells and invoices
 *                   (BJ Q48); an academic admin's courses are their institution's (issue 14 item 14)
 */
public record NewCourse(String title, String provider, String category, CourseType type, Money price, List<NewChapter> chapters,
        Long paperId, Long providerId) {
    /** A course without a providing institution (free courses). */
    public NewCourse(String title, String provider, String category, CourseType type, Money price, List<NewChapter> chapters,
            Long paperId) {
        this(title, provider, category, type, price, chapters, paperId, null);
    }
}
