package org.hourglass.rest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/** Words for the JSON value a field expects, for 400 answers a person can act on. */
final class ExpectedType {
    private ExpectedType() {
    }

    static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Money.class) {
            return "an amount of yuan as a string with at most two decimals, e.g. \"75.00\"";
        }
        if (type == Hours.class) {
            return "hours as a number with at most one decimal, e.g. 40.5";
        }
        if (type == LocalDate.class) {
            return "an ISO date, e.g. 2021-06-30";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an ISO-8601 date-time, e.g. 2021-06-30T09:15:00+08:00";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}
