package org.hourglass.api.records;

import java.time.Instant;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.quantity.Hours;

/**
 * C-27 learner management (seed 003 "学员管理"): a roster learner with the columns of the seed — name, contact, ID type and
 * number (masked but for platform staff), gender, join state, join time and joining account (the phone he bound) — and his
 * progress. {@code left}: he left the organisation (C-24); his facts stay.
 */
public record LearnerReportRow(long learnerId, String name, String contact, IdType idType, String idNumber, Gender gender,
        boolean joined, Instant joinedAt, String joinAccount, Instant enrolledAt, boolean left, int progressPercent,
        Hours creditedHours, boolean completedAll) {
}
