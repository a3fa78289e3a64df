package org.hourglass.records.internal;

import java.math.BigDecimal;

/** Milliseconds as the API shows them. */
final class Millis {
    private Millis() {
    }

    /** Seconds with at most three decimals and at least one: 10000 → 10.0, 10500 → 10.5. */
    static BigDecimal seconds(long ms) {
        BigDecimal s = BigDecimal.valueOf(ms, 3).stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1) : s;
    }

    /** Whole percent, rounded down: 99.9 % watched is not 100 % (C-32). */
    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }
}
