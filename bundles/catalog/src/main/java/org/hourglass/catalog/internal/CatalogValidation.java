package org.hourglass.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.hourglass.api.catalog.NewChapter;
import org.hourglass.api.catalog.NewCourse;
import org.hourglass.api.catalog.PackageBody;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/** Field checks of courses (C-10) and packages (C-12); every error at once. */
final class CatalogValidation {
    static final int MAX_CHAPTER_SECONDS = 10 * 3600;
    static final int MAX_CHAPTERS = 500;

    private CatalogValidation() {
    }

    static List<FieldError> course(NewCourse c) {
        return course(c, c.providerId() != null);
    }

    /** @param providerInstitution whether an institution provides the course (then {@code provider} is its name, optional) */
    static List<FieldError> course(NewCourse c, boolean providerInstitution) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", c.title(), 100);
        if (!providerInstitution) {
            text(errors, "provider", c.provider(), 100);
        } else if (c.provider() != null && !c.provider().isBlank()) {
            text(errors, "provider", c.provider(), 100);
        }
        text(errors, "category", c.category(), 50);
        if (c.type() == null) {
            errors.add(new FieldError("type", "required: FREE_ON_DEMAND, PAID_ON_DEMAND, OWN_RECORDED, OFFLINE or LIVE"));
        } else if (c.type() == CourseType.PAID_ON_DEMAND && c.price() == null) {
            errors.add(new FieldError("price", "required for a paid course (C-10)"));
        } else if (c.type() != CourseType.PAID_ON_DEMAND && c.price() != null) {
            errors.add(new FieldError("price", "only paid courses have a price (C-10)"));
        }
        if (c.price() != null && (c.price().isNegative() || c.price().isZero())) {
            errors.add(new FieldError("price", "must be more than 0.00"));
        }
        if (c.chapters() == null || c.chapters().isEmpty() || c.chapters().size() > MAX_CHAPTERS) {
            errors.add(new FieldError("chapters", "1 to " + MAX_CHAPTERS + " chapters"));
        } else {
            for (int i = 0; i < c.chapters().size(); i++) {
                chapter(errors, "chapters[" + i + "].", c.chapters().get(i));
            }
        }
        return errors;
    }

    static void chapter(List<FieldError> errors, String prefix, NewChapter ch) {
        if (ch == null) {
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "required"));
            return;
        }
        text(errors, prefix + "title", ch.title(), 100);
        if (ch.kind() == null) {
            errors.add(new FieldError(prefix + "kind", "VIDEO or DOCUMENT"));
        }
        if (ch.durationSeconds() == null || ch.durationSeconds() < 1 || ch.durationSeconds() > MAX_CHAPTER_SECONDS) {
            errors.add(new FieldError(prefix + "durationSeconds", "between 1 and " + MAX_CHAPTER_SECONDS));
        }
    }

    static List<FieldError> packageBody(PackageBody p) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", p.name(), 100);
        if (p.courseIds() == null || p.courseIds().isEmpty() || p.courseIds().size() > 200) {
            errors.add(new FieldError("courseIds", "1 to 200 course ids, in play order"));
        } else if (p.courseIds().stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(p.courseIds()).size() != p.courseIds().size()) {
            errors.add(new FieldError("courseIds", "each course once"));
        }
        if (p.minutesPerHour() != null && (p.minutesPerHour() < 10 || p.minutesPerHour() > 120)) {
            errors.add(new FieldError("minutesPerHour", "between 10 and 120 (default 45)"));
        }
        boolean exam = Boolean.TRUE.equals(p.examRequired());
        if (exam && p.paperId() == null) {
            errors.add(new FieldError("paperId", "required when an exam is required (C-12)"));
        } else if (!exam && p.paperId() != null) {
            errors.add(new FieldError("paperId", "only with examRequired = true"));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.length() > max || !PlainText.isPlain(value)) {
            errors.add(new FieldError(field, "at most " + max + " characters, no control or format characters"));
        }
    }
}
