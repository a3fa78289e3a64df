package org.hourglass.api.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of yuan (CNY), always with exactly two decimals. Arithmetic never loses a cent silently:
 * construction from a value with more than two decimals is refused, and the only rounding
 * operation ({@link #times(BigDecimal)}) states its mode.
 */
public final class Money implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal yuan;

    private Money(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /** @throws IllegalArgumentException when the value has more than two decimals */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        try {
            return new Money(yuan.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money has at most two decimals: " + yuan.toPlainString(), e);
        }
    }

    /** Parses "1400.00", "75", "0.5"; refuses anything else (exponents, more than two decimals). */
    public static Money parse(String text) {
        if (text == null || !text.matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("not an amount of yuan with at most two decimals: " + text);
        }
        return of(new BigDecimal(text));
    }

    public static Money ofYuan(long yuan) {
        return of(BigDecimal.valueOf(yuan));
    }

    public BigDecimal toBigDecimal() {
        return yuan;
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    /** Exact product with a whole quantity (heads, copies, whole hours). */
    public Money times(long quantity) {
        return new Money(yuan.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Product with a fractional quantity, rounded half-up to the cent. */
    public Money times(BigDecimal quantity) {
        return new Money(yuan.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    @Override
    public int compareTo(Money o) {
        return yuan.compareTo(o.yuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.yuan.equals(yuan);
    }

    @Override
    public int hashCode() {
        return yuan.hashCode();
    }

    /** The JSON form: a string with two decimals, e.g. {@code "1400.00"}. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
