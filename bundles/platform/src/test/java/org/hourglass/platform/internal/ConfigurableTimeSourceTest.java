package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class ConfigurableTimeSourceTest {
    @Test
    public void fixedClockReadsLocalDateInShanghai() {
        // 2021-06-30T16:30Z is already 2021-07-01 00:30 in Asia/Shanghai: daily caps roll at local midnight.
        Clock c = ConfigurableTimeSource.clockFor("Asia/Shanghai", "", "2021-06-30T16:30:00Z");
        assertEquals(LocalDate.of(2021, 7, 1), LocalDate.now(c));
    }

    @Test
    public void offsetShiftsSystemTime() {
        Clock c = ConfigurableTimeSource.clockFor("", "P3D", "");
        Duration shift = Duration.between(Instant.now(), c.instant());
        assertTrue(shift.compareTo(Duration.ofDays(3).minusMinutes(1)) > 0);
        assertTrue(shift.compareTo(Duration.ofDays(3).plusMinutes(1)) < 0);
    }
}
