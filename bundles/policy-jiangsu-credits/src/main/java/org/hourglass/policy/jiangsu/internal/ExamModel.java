package org.hourglass.policy.jiangsu.internal;

import java.util.Optional;
import org.hourglass.api.policy.ExamScope;

/**
 * JS-6: how a class is examined. {@link #CLASS}: one class exam, open only at 100 % class progress (seed 002 §5.6 "只有班级
 * 进度达到 100%，才可以进入考试"); {@link #COURSE}: a quiz per course once the course is 100 % watched, retaken until it
 * scores 60, which credits the course's hours (seed 001 §4.4 "课后测验").
 */
enum ExamModel {
    CLASS(ExamScope.CLASS), COURSE(ExamScope.COURSE);

    private final ExamScope scope;

    ExamModel(ExamScope scope) {
        this.scope = scope;
    }

    ExamScope scope() {
        return scope;
    }

    static Optional<ExamModel> parse(String text) {
        for (ExamModel m : values()) {
            if (m.name().equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
