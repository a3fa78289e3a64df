package org.hourglass.policy.jiangsu.internal;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.FieldError;

/**
 * A Jiangsu class's own settings: its training year ({@code trainingYear}, JS-2: enrolment is per training year), the
 * technical grade it is for ({@code grade}), its exam model ({@code examModel}, JS-6; the configured default when absent) and the
 * hours a learner chooses of professional and elective courses ({@code requiredHours.PROFESSIONAL}, {@code requiredHours.ELECTIVE},
 * JS-4).
 */
record ClassFacts(int trainingYear, Grade grade, ExamModel examModel) {
    /** JS-4: the hours (tenths) a learner must choose in a category (setting {@code requiredHours.<CATEGORY>}, 0 when absent). */
    static long requiredTenths(ClassContext cls, CourseCategory category) {
        return org.hourglass.api.quantity.Hours.of(new java.math.BigDecimal(cls.setting(category.setting(), "0"))).tenths();
    }

    static ClassFacts of(ClassContext cls, ExamModel fallback) {
        return new ClassFacts(Integer.parseInt(cls.setting("trainingYear", "0")), Grade.parse(cls.setting("grade", "")).orElse(null),
                ExamModel.parse(cls.setting("examModel", "")).orElse(fallback));
    }

    /** Every problem of the settings, by field. */
    static List<FieldError> problems(ClassContext cls) {
        List<FieldError> errors = new ArrayList<>();
        String year = cls.setting("trainingYear", "");
        if (!year.matches("20\\d\\d")) {
            errors.add(new FieldError("settings.trainingYear", "JS-2: required, the training year, e.g. 2026"));
        }
        if (Grade.parse(cls.setting("grade", "")).isEmpty()) {
            errors.add(new FieldError("settings.grade", "JS-2: required, one of JUNIOR, INTERMEDIATE, SENIOR, TECHNICIAN, "
                    + "SENIOR_TECHNICIAN (初级工 … 高级技师)"));
        }
        for (CourseCategory c : CourseCategory.values()) {
            if (c.chosen() && !cls.setting(c.setting(), "0").matches("\\d{1,3}(\\.\\d)?")) {
                errors.add(new FieldError("settings." + c.setting(), "JS-4: the hours a learner chooses of " + c.chineseName()
                        + ", 0 to 999.9 with one decimal at most"));
            }
        }
        String model = cls.setting("examModel", "");
        if (!model.isEmpty() && ExamModel.parse(model).isEmpty()) {
            errors.add(new FieldError("settings.examModel", "JS-6: CLASS or COURSE"));
        }
        return errors;
    }
}
