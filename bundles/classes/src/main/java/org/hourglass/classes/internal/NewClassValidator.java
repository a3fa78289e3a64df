package org.hourglass.classes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.classes.NewClass;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/** Field checks of a new class (C-20) that need no policy; all errors at once. */
final class NewClassValidator {
    static final int MAX_NAME = 100;
    static final int MAX_CAPACITY = 100_000;

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
        Map<String, String> settings = c.settings() == null ? Map.of() : c.settings();
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
        return errors;
    }
}
