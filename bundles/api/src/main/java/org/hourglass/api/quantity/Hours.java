package org.hourglass.api.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Class hours (课时) kept exactly in tenths of an hour (C-11, BJ-5: "one decimal place").
 * Conversions from minutes or seconds truncate to the tenth below: a learner is never credited
 * a fraction of an hour that was not studied (BJ Q38: 10.36 → 10.3).
 */
public final class Hours implements Comparable<Hours> {
    public static final Hours ZERO = new Hours(0);

    private final long tenths;

    private Hours(long tenths) {
        this.tenths = tenths;
    }

    public static Hours ofTenths(long tenths) {
        return tenths == 0 ? ZERO : new Hours(tenths);
    }

    public static Hours ofWhole(long hours) {
        return ofTenths(Math.multiplyExact(hours, 10L));
    }

    /** @throws IllegalArgumentException for more than one decimal */
    public static Hours of(BigDecimal hours) {
        try {
            return ofTenths(hours.movePointRight(1).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("hours have at most one decimal: " + hours.toPlainString(), e);
        }
    }

    /** C-11: seconds of credited study over a class hour of {@code minutesPerHour} minutes, truncated to tenths. */
    public static Hours fromSeconds(long seconds, int minutesPerHour) {
        if (minutesPerHour <= 0) {
            throw new IllegalArgumentException("minutes per class hour must be positive: " + minutesPerHour);
        }
        return ofTenths(seconds * 10L / (minutesPerHour * 60L));
    }

    public long tenths() {
        return tenths;
    }

    /** BJ-5: whole hours, floored. */
    public long wholeHoursFloor() {
        return Math.floorDiv(tenths, 10L);
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(tenths, 1);
    }

    public Hours plus(Hours other) {
        return ofTenths(Math.addExact(tenths, other.tenths));
    }

    public Hours minus(Hours other) {
        return ofTenths(Math.subtractExact(tenths, other.tenths));
    }

    public boolean isNegative() {
        return tenths < 0;
    }

    @Override
    public int compareTo(Hours o) {
        return Long.compare(tenths, o.tenths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hours h && h.tenths == tenths;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tenths);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
