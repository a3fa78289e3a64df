package org.hourglass.api.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one clock of the platform. Every date rule (exam days, 15-day refund window, 3-day cancel
 * window, 5 working days, daily caps at local midnight) reads it, never {@code Instant.now()}, so
 * tests and drills can move time through its configuration.
 */
@ProviderType
public interface TimeSource {
    /** Local time of every rule in the seeds. */
    ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default ZonedDateTime nowLocal() {
        return ZonedDateTime.now(clock());
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
