package org.hourglass.accounts.internal;

import java.time.LocalDate;
import java.util.List;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/** Field rules shared by organisations, learners and passwords; each adds a per-field error. */
final class AccountFields {

    private AccountFields() {
    }

    static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (value.length() > max || !PlainText.isPlain(value)) {
            errors.add(new FieldError(field, "at most " + max + " characters, no control or format characters"));
        }
    }

    /** Mainland mobile numbers: 11 digits starting 13-19. */
    static void phone(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
        } else if (!value.matches("1[3-9]\\d{9}")) {
            errors.add(new FieldError(field, "a mainland mobile number, 11 digits starting 13-19"));
        }
    }

    /** C-1: the normalised ID number; a resident ID must carry a valid GB 11643-1999 check character. */
    static String idNumber(List<FieldError> errors, IdType idType, String raw, LocalDate today) {
        String idNumber = idType == IdType.RESIDENT_ID ? ResidentIdNumber.normalize(raw)
                : raw == null ? null : raw.trim().toUpperCase();
        if (idType == IdType.RESIDENT_ID) {
            ResidentIdNumber.problem(idNumber, today).ifPresent(p -> errors.add(new FieldError("idNumber", p)));
        } else if (idNumber == null || !idNumber.matches("[A-Z0-9]{5,20}")) {
            errors.add(new FieldError("idNumber", "5 to 20 letters or digits for a " + idType));
        }
        return idNumber;
    }

    /** {@link PasswordRules}: length, not common, not simple, not made of the account's own facts (issue 14 item 5). */
    static void password(List<FieldError> errors, String field, String value, String... ownFacts) {
        PasswordRules.check(errors, field, value, ownFacts);
    }
}
