package org.hourglass.policy.institution.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CreditingRules;
import org.hourglass.api.problem.FieldError;

/**
 * IN-2's supervision group, read from the class's settings (seed 003 "监管设置"): the anti-addiction cap
 * ({@code dailyCapHours}, 0 = none), allowed study windows ({@code windows} "08:00-12:00,14:00-18:00"), daily sign-ins
 * ({@code signInsPerDay} 0, 1 or 2 — before/after 12:00), photo capture ({@code photoEveryMinutes}, 0 = none), pop-up
 * questions ({@code popupQuestions}), learner–teacher feedback messages ({@code feedback}), live lessons planned ({@code live}, IN-10); and C-35's exam settings ({@code exam.attempts}, {@code exam.minutes},
 * {@code exam.opensAt}/{@code exam.closesAt} as ISO instants). Nothing is watched or credited once the closing is submitted.
 */
record SupervisionSettings(int dailyCapHours, String windows, int signInsPerDay, int photoEveryMinutes, boolean popupQuestions,
        Integer examAttempts, Integer examMinutes, Instant examOpens, Instant examCloses) {

    static SupervisionSettings of(ClassContext cls) {
        return new SupervisionSettings(Integer.parseInt(cls.setting("dailyCapHours", "0")), cls.setting("windows", ""),
                Integer.parseInt(cls.setting("signInsPerDay", "0")), Integer.parseInt(cls.setting("photoEveryMinutes", "0")),
                Boolean.parseBoolean(cls.setting("popupQuestions", "false")), optionalInt(cls.setting("exam.attempts", "")),
                optionalInt(cls.setting("exam.minutes", "")), InstitutionPolicy.instantOrNull(cls.setting("exam.opensAt", "")),
                InstitutionPolicy.instantOrNull(cls.setting("exam.closesAt", "")));
    }

    /** Every problem of the class's settings, by field; empty when they are good. */
    static List<FieldError> problems(ClassContext cls) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "settings.dailyCapHours", () -> range(Integer.parseInt(cls.setting("dailyCapHours", "0")), 0, 24));
        check(errors, "settings.windows", () -> org.hourglass.api.policy.StudyWindow.parseAll(cls.setting("windows", "")));
        check(errors, "settings.signInsPerDay", () -> range(Integer.parseInt(cls.setting("signInsPerDay", "0")), 0, 2));
        check(errors, "settings.photoEveryMinutes", () -> range(Integer.parseInt(cls.setting("photoEveryMinutes", "0")), 0, 600));
        check(errors, "settings.popupQuestions", () -> bool(cls.setting("popupQuestions", "false")));
        check(errors, "settings.feedback", () -> bool(cls.setting("feedback", "false")));
        check(errors, "settings.live", () -> bool(cls.setting("live", "false")));
        check(errors, "settings.exam.attempts", () -> optionalRange(cls.setting("exam.attempts", ""), 1, 99));
        check(errors, "settings.exam.minutes", () -> optionalRange(cls.setting("exam.minutes", ""), 1, 600));
        check(errors, "settings.exam.opensAt", () -> InstitutionPolicy.instantOrNull(cls.setting("exam.opensAt", "")));
        check(errors, "settings.exam.closesAt", () -> InstitutionPolicy.instantOrNull(cls.setting("exam.closesAt", "")));
        if (errors.isEmpty()) {
            SupervisionSettings s = of(cls);
            if (s.examOpens() != null && s.examCloses() != null && !s.examCloses().isAfter(s.examOpens())) {
                errors.add(new FieldError("settings.exam.closesAt", "after exam.opensAt"));
            }
        }
        return errors;
    }

    CreditingRules crediting() {
        return CreditingRules.builder().dailyCapHours(dailyCapHours).windows(org.hourglass.api.policy.StudyWindow.parseAll(windows))
                .signInsPerDay(signInsPerDay).photoEveryMinutes(photoEveryMinutes).popupQuestions(popupQuestions)
                .reviewAfterClose(false).build();
    }

    int examAttempts(int fallback) {
        return examAttempts == null ? fallback : examAttempts;
    }

    int examMinutes(int fallback) {
        return examMinutes == null ? fallback : examMinutes;
    }

    private static Integer optionalInt(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    }

    private static Object optionalRange(String s, int min, int max) {
        return s == null || s.isBlank() ? null : range(Integer.parseInt(s.trim()), min, max);
    }

    private static Object range(int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(min + " to " + max);
        }
        return value;
    }

    private static Object bool(String s) {
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("true or false");
        }
        return s;
    }

    private static void check(List<FieldError> errors, String field, java.util.concurrent.Callable<Object> parse) {
        try {
            parse.call();
        } catch (Exception e) {
            errors.add(new FieldError(field, e instanceof IllegalArgumentException && e.getMessage() != null
                    && !(e instanceof NumberFormatException) ? e.getMessage() : "not understood: see the policy's README section"));
        }
    }
}
