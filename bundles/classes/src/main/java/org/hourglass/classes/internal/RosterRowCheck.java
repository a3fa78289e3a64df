package org.hourglass.classes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.classes.RosterRow;
import org.hourglass.api.classes.RowError;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.text.PlainText;

/** C-21 / C-1: the checks of one roster row that need nothing but the row and the policy's accepted ID types. */
final class RosterRowCheck {
    private RosterRowCheck() {
    }

    /** A row that passed: its values normalised. */
    /** {@code phone}: the contact when it is a mainland mobile (the learner's typed, unbound phone); {@code contact}: as typed. */
    record ValidRow(int row, String name, String phone, IdType idType, String idNumber, Gender gender, String contact) {
    }

    /** Adds this row's errors; returns the normalised row when there were none. */
    static ValidRow check(int row, RosterRow r, Set<IdType> acceptedIdTypes, LocalDate today, List<RowError> errors) {
        int before = errors.size();
        if (r == null) {
            errors.add(new RowError(row, "row", "empty row"));
            return null;
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 50 || !PlainText.isPlain(r.name())) {
            errors.add(new RowError(row, "name", "required, at most 50 characters, no control or format characters"));
        }
        IdType idType = idType(r.idType());
        String idNumber = r.idNumber() == null ? null : r.idNumber().trim().toUpperCase(Locale.ROOT);
        if (idType == null) {
            errors.add(new RowError(row, "idType", "RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT or TAIWAN_PERMIT (or 居民身份证, 护照, "
                    + "港澳居民来往内地通行证, 台湾居民来往大陆通行证)"));
        } else if (!acceptedIdTypes.contains(idType)) {
            errors.add(new RowError(row, "idType", "this class's policy accepts only " + acceptedIdTypes + " (BJ Q31)"));
        } else if (idType == IdType.RESIDENT_ID) {
            ResidentIdNumber.problem(idNumber, today).ifPresent(p -> errors.add(new RowError(row, "idNumber", "C-1: " + p)));
        } else if (idNumber == null || !idNumber.matches("[A-Z0-9]{5,20}")) {
            errors.add(new RowError(row, "idNumber", "5 to 20 letters or digits"));
        }
        // C-21, seed 003: "'联系方式'信息可以是电话、地址、电邮等信息…学员加入班级时不核对'联系方式'" — free text, bounded and plain;
        // a mainland mobile number in it is also the learner's (typed, unbound) phone
        String contact = r.contact() == null || r.contact().isBlank() ? null : r.contact().trim();
        if (contact != null && (contact.length() > 100 || !PlainText.isPlain(contact))) {
            errors.add(new RowError(row, "contact", "at most 100 characters, no control or format characters"));
        }
        String digits = contact == null ? "" : contact.replace(" ", "").replace("-", "");
        String phone = digits.matches("1[3-9]\\d{9}") ? digits : null;
        Gender gender = gender(r.gender());
        if (r.gender() != null && gender == null) {
            errors.add(new RowError(row, "gender", "MALE or FEMALE (男 or 女)"));
        }
        return errors.size() == before ? new ValidRow(row, r.name().trim(), phone, idType, idNumber, gender, contact) : null;
    }

    /** Blank is a resident ID (C-21); else the enum name or the seed's Chinese names ({@link IdType#parse}). */
    private static IdType idType(String text) {
        return text == null || text.isBlank() ? IdType.RESIDENT_ID : IdType.parse(text).orElse(null);
    }

    private static Gender gender(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "MALE", "M", "男" -> Gender.MALE;
            case "FEMALE", "F", "女" -> Gender.FEMALE;
            default -> null;
        };
    }
}
