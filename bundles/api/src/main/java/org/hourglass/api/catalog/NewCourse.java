package org.hourglass.api.catalog;

import java.util.List;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Money;

/** Body of {@code POST /api/v1/courses} (C-10); {@code price} is required for, and only for, paid courses. */
/** @param paperId optional: the course's exam paper (C-35 per-course exams, C-37) */
public record NewCourse(String title, String provider, String category, CourseType type, Money price, List<NewChapter> chapters,
        Long paperId) {
}
