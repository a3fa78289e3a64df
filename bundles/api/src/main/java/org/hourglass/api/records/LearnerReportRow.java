package org.hourglass.api.records;

import java.time.Instant;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.quantity.Hours;

/**
 * C-27 learner management (seed 003 "学员管理"): a roster learner with the columns of the seed — name, contact, ID type and
 * number (masked but for platform staff), gender, join state, join time and joining account (the phone he bound) — and his
 * learning status (seed 003 "学习情况", IN-9): progress, completed all or not, best exam score (null shows as "--"), the
 * package's length against what he studied, his last study time, the days he signed in, the photos taken of him.
 * {@code left}: he left the organisation (C-24); his facts stay.
 */
public record LearnerReportRow(long learnerId, String name, String contact, IdType idType, String idNumber, Gender gender,
        boolean joined, Instant joinedAt, String joinAccount, Instant enrolledAt, boolean left, int progressPercent,
        Hours creditedHours, boolean completedAll, Integer bestScore, long courseSeconds, long studiedSeconds, Instant lastStudyAt,
        int signInDays, int photos) {
}
