package org.hourglass.policy.jiangsu.internal;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.FieldError;

/**
 * A Jiangsu class's own settings: its training year ({@code trainingYear}, JS-2: enrolment is per training year), the
 * technical grade it is for ({@code grade}) and its exam model ({@code examModel}, JS-6; the configured default when absent).
 */
record ClassFacts(int trainingYear, Grade grade, ExamModel examModel) {
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
        String model = cls.setting("examModel", "");
        if (!model.isEmpty() && ExamModel.parse(model).isEmpty()) {
            errors.add(new FieldError("settings.examModel", "JS-6: CLASS or COURSE"));
        }
        return errors;
    }
}
