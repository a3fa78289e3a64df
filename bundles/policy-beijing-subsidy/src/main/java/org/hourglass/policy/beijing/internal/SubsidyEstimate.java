package org.hourglass.policy.beijing.internal;

import java.util.List;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/** One learner's subsidy (the calculator's answer, API.md): eligible or not, the tier, and the money per type. */
public record SubsidyEstimate(boolean eligible, Hours totalHours, int tierHours, Money amount, List<Line> lines) {
    public SubsidyEstimate {
        lines = List.copyOf(lines);
    }

    /** Whole {@code hours} of one type paid at {@code rate} (BJ-5, BJ-6). */
    public record Line(CourseType type, long hours, Money rate, Money amount) {
    }
}
