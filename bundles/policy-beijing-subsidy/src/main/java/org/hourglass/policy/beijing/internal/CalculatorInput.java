package org.hourglass.policy.beijing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;

/** {@code POST .../calculator} (API.md): hours per subsidised type, each ≥ 0 with at most one decimal; missing types are 0. */
public record CalculatorInput(Map<String, BigDecimal> hours) {
    static final BigDecimal MAX = BigDecimal.valueOf(100_000);

    Map<CourseType, Hours> validated() {
        if (hours == null) {
            throw Problem.invalidField("hours", "required: hours per type, e.g. {\"FREE_ON_DEMAND\": 60.0}");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<CourseType, Hours> out = new EnumMap<>(CourseType.class);
        hours.forEach((type, value) -> {
            String f = "hours." + type;
            CourseType t = SubsidyRates.SUBSIDISED.stream().filter(s -> s.name().equals(type)).findFirst().orElse(null);
            if (t == null) {
                errors.add(new FieldError(f, "BJ-2: one of " + SubsidyRates.SUBSIDISED));
            } else if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError(f, "BJ-5: hours from 0 to 100000 with at most one decimal"));
            } else {
                out.put(t, Hours.of(value));
            }
        });
        if (!errors.isEmpty()) {
            throw Problem.invalid("the hours are invalid", errors);
        }
        return out;
    }
}
