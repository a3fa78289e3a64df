package org.hourglass.api.authority;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person for a {@link QualificationRegister}: {@code key} is the sender's idempotency key (unique per person and
 * qualification, e.g. {@code "hr-exam:registration:42"}); {@code qualification} names what was passed (e.g. the exam and its
 * period); {@code employer} may be null. Personal data is the person's latest, as he confirmed it.
 */
public record QualifiedPerson(String key, String qualification, LocalDate qualifiedOn, BigDecimal score, String name,
        String idNumber, String phone, String email, String employer) {
}
