package org.hourglass.classes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.classes.ClassEdit;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/** Field checks of a new or edited class (C-20, C-28) that need no policy; all errors at once. */
final class NewClassValidator {
    static final int MAX_NAME = 100;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_HEAD_TEACHER = 50;
    /** Seed 003: "班级公告 … （最多 140 字）". */
    static final int MAX_NOTICE = 140;

    private NewClassValidator() {
    }

    static List<FieldError> validate(NewClass c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldError("name", "required"));
        } else if (c.name().length() > MAX_NAME || !PlainText.isPlain(c.name())) {
            errors.add(new FieldError("name", "at most " + MAX_NAME + " characters, no control or format characters"));
        }
        if (c.policy() == null || !c.policy().matches("[a-z][a-z0-9-]{1,39}")) {
            errors.add(new FieldError("policy", "required: the code of a deployed policy (GET /api/v1/policies)"));
        }
        facts(errors, c.headTeacher(), c.notice());
        if (c.ownerKind() != null && c.ownerKind() != PartyKind.ORGANIZATION && c.ownerKind() != PartyKind.INSTITUTION) {
            errors.add(new FieldError("ownerKind", "ORGANIZATION or INSTITUTION"));
        }
        if (c.ownerId() != null && c.ownerId() <= 0) {
            errors.add(new FieldError("ownerId", "must be positive"));
        }
        if (c.packageId() != null && c.packageId() <= 0) {
            errors.add(new FieldError("packageId", "must be positive"));
        }
        if (c.startDate() == null) {
            errors.add(new FieldError("startDate", "required (ISO date)"));
        } else if (c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (c.capacity() == null || c.capacity() < 1 || c.capacity() > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "required, between 1 and " + MAX_CAPACITY));
        }
        settings(errors, c.settings());
        return errors;
    }

    /** C-28: a PATCH body; null fields stay as they are. */
    static List<FieldError> validate(ClassEdit e) {
        List<FieldError> errors = new ArrayList<>();
        if (e.name() != null && (e.name().length() > MAX_NAME || !PlainText.isPlain(e.name()))) {
            errors.add(new FieldError("name", "1 to " + MAX_NAME + " characters, no control or format characters"));
        }
        facts(errors, e.headTeacher(), e.notice());
        if (e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (e.capacity() != null && (e.capacity() < 1 || e.capacity() > MAX_CAPACITY)) {
            errors.add(new FieldError("capacity", "between 1 and " + MAX_CAPACITY));
        }
        return errors;
    }

    private static void facts(List<FieldError> errors, String headTeacher, String notice) {
        if (headTeacher != null && !headTeacher.isEmpty() && (headTeacher.length() > MAX_HEAD_TEACHER || !PlainText.isPlain(headTeacher))) {
            errors.add(new FieldError("headTeacher", "at most " + MAX_HEAD_TEACHER + " characters, no control or format characters"));
        }
        // a notice may run over several lines (seed 003's examples do); each line is plain text
        if (notice != null && (notice.codePointCount(0, notice.length()) > MAX_NOTICE
                || notice.lines().anyMatch(l -> !l.isEmpty() && !PlainText.isPlain(l) && !l.isBlank()))) {
            errors.add(new FieldError("notice", "at most " + MAX_NOTICE + " characters (seed 003: 最多 140 字), lines of plain text"));
        }
    }

    private static void settings(List<FieldError> errors, Map<String, String> given) {
        Map<String, String> settings = given == null ? Map.of() : given;
        if (settings.size() > 50) {
            errors.add(new FieldError("settings", "at most 50 settings"));
        }
        settings.forEach((k, v) -> {
            if (k.length() > 60 || !k.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                errors.add(new FieldError("settings." + k, "names are letters, digits, _ . - and at most 60 characters"));
            } else if (v == null || v.length() > 500) {
                errors.add(new FieldError("settings." + k, "a value of at most 500 characters is required"));
            }
        });
    }
}
