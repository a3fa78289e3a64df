package org.hourglass.api.quantity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import org.junit.Test;

public class HoursTest {
    @Test
    public void c11_secondsToClassHoursTruncateToTheTenth() {
        // one 45-minute class hour
        assertEquals(Hours.ofTenths(10), Hours.fromSeconds(45 * 60, 45));
        // 44 min 59 s is 0.9 h, never rounded up to a class hour not studied
        assertEquals(Hours.ofTenths(9), Hours.fromSeconds(45 * 60 - 1, 45));
        assertEquals(Hours.ZERO, Hours.fromSeconds(269, 45));
        assertEquals(Hours.ofTenths(1), Hours.fromSeconds(270, 45));
        // a package with 60-minute hours (C-12)
        assertEquals(Hours.ofTenths(15), Hours.fromSeconds(90 * 60, 60));
    }

    @Test
    public void bj05_wholeHoursAreFloored() {
        assertEquals(10, Hours.of(new BigDecimal("10.3")).wholeHoursFloor());
        assertEquals(15, Hours.of(new BigDecimal("15.8")).wholeHoursFloor());
        assertEquals(13, Hours.of(new BigDecimal("13.9")).wholeHoursFloor());
    }

    @Test
    public void bj08_perTypeSumKeepsOneDecimal() {
        Hours total = Hours.of(new BigDecimal("10.3")).plus(Hours.of(new BigDecimal("15.8"))).plus(Hours.of(new BigDecimal("13.9")));
        assertEquals("40.0", total.toString());
    }

    @Test
    public void refusesMoreThanOneDecimal() {
        assertThrows(IllegalArgumentException.class, () -> Hours.of(new BigDecimal("10.35")));
        assertEquals(Hours.ofWhole(40), Hours.of(new BigDecimal("40.00")));
    }

    @Test
    public void refusesNonPositiveHourLength() {
        assertThrows(IllegalArgumentException.class, () -> Hours.fromSeconds(100, 0));
    }
}
