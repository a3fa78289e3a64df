package org.hourglass.api.quantity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

public class MoneyTest {
    @Test
    public void alwaysTwoDecimals() {
        assertEquals("75.00", Money.parse("75").toString());
        assertEquals("0.50", Money.parse("0.5").toString());
        assertEquals("1400.00", Money.ofYuan(1400).toString());
        assertEquals(Money.parse("75"), Money.parse("75.00"));
    }

    @Test
    public void refusesFractionsOfACentAndNonNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1e3"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("NaN"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("0.001")));
    }

    @Test
    public void in06_headsTimesFeeIsExact() {
        // IN-5 example: 5 × 75 = 375; IN-6 example: 1 × 75 = 75
        assertEquals(Money.parse("375.00"), Money.parse("75.00").times(5));
        assertEquals(Money.parse("75.00"), Money.parse("75.00").times(1));
    }

    @Test
    public void bj07_sumOfLinesNeverDrifts() {
        // BJ-7: 40 × 25 + 40 × 10 = 1400
        Money total = Money.parse("25.00").times(40).plus(Money.parse("10.00").times(40));
        assertEquals("1400.00", total.toString());
        assertTrue(total.minus(Money.parse("1400")).isZero());
    }

    @Test
    public void fractionalQuantityRoundsHalfUpToTheCent() {
        assertEquals("0.13", Money.parse("0.25").times(new BigDecimal("0.5")).toString());
    }
}
