package org.hourglass.records.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.records.Heartbeat;

/** The shape of a heartbeat (C-30); every broken field is named in one 400. */
final class HeartbeatValidation {
    private static final BigDecimal MAX_POSITION = BigDecimal.valueOf(24 * 3600);
    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(16);

    private HeartbeatValidation() {
    }

    /** C-30: the player's clock may be off, but not by more than this (a beat from 1970 or 2999 is a broken client). */
    static final java.time.Duration CLIENT_CLOCK_SKEW = java.time.Duration.ofHours(24);

    static void check(Heartbeat b, String idempotencyKey, java.time.Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (b.clientTime() != null && java.time.Duration.between(now, b.clientTime()).abs().compareTo(CLIENT_CLOCK_SKEW) > 0) {
            errors.add(new FieldError("clientTime", "the player's clock must be within 24 hours of the server's (" + now + ")"));
        }
        positive(errors, "classId", b.classId());
        positive(errors, "courseId", b.courseId());
        positive(errors, "chapterId", b.chapterId());
        if (b.position() == null || b.position().signum() < 0 || b.position().compareTo(MAX_POSITION) > 0
                || b.position().stripTrailingZeros().scale() > 3) {
            errors.add(new FieldError("position", "required: seconds into the chapter, 0 to 86400, at most three decimals"));
        }
        if (b.streamId() == null || !b.streamId().matches("[A-Za-z0-9-]{8,64}")) {
            errors.add(new FieldError("streamId", "required: the player session, 8 to 64 letters, digits or '-'"));
        }
        if (b.sequence() == null || b.sequence() < 0) {
            errors.add(new FieldError("sequence", "required: 0 or more, increasing within the stream"));
        }
        if (b.playbackRate() != null && (b.playbackRate().signum() <= 0 || b.playbackRate().compareTo(MAX_RATE) > 0)) {
            errors.add(new FieldError("playbackRate", "more than 0 and at most 16"));
        }
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,100}")) {
            errors.add(new FieldError("Idempotency-Key", "1 to 100 printable ASCII characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the heartbeat has invalid fields", errors);
        }
    }

    private static void positive(List<FieldError> errors, String field, Long value) {
        if (value == null || value <= 0) {
            errors.add(new FieldError(field, "required, a positive id"));
        }
    }
}
