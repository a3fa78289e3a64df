package org.hourglass.policy.beijing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/**
 * BJ-2 … BJ-8, one learner: effective hours per type at one decimal (BJ-5) → total; under the threshold nothing
 * (BJ-3); else the highest tier the total reaches (BJ-4); each type's hours floored to whole hours separately
 * (BJ-5); the tier filled from the highest rate first (BJ-6, "就高"). Ties between equal rates keep the
 * order of {@link SubsidyRates#SUBSIDISED}, which changes no amount.
 */
final class SubsidyCalculator {
    private SubsidyCalculator() {
    }

    static SubsidyEstimate estimate(SubsidyRates rates, Map<CourseType, Hours> hoursByType) {
        Hours total = Hours.ZERO;
        for (CourseType t : SubsidyRates.SUBSIDISED) {
            total = total.plus(hoursByType.getOrDefault(t, Hours.ZERO));
        }
        if (total.compareTo(Hours.ofWhole(rates.thresholdHours())) < 0) {
            return new SubsidyEstimate(false, total, 0, Money.ZERO, List.of());
        }
        int tier = 0;
        for (int t : rates.tiers()) {
            if (total.compareTo(Hours.ofWhole(t)) >= 0) {
                tier = t;
            }
        }
        List<CourseType> byRate = new ArrayList<>(SubsidyRates.SUBSIDISED);
        byRate.sort(Comparator.comparing((CourseType t) -> rates.rates().get(t)).reversed());
        long left = tier;
        Money amount = Money.ZERO;
        List<SubsidyEstimate.Line> lines = new ArrayList<>();
        for (CourseType t : byRate) {
            long take = Math.min(hoursByType.getOrDefault(t, Hours.ZERO).wholeHoursFloor(), left);
            if (take > 0) {
                Money rate = rates.rates().get(t);
                Money line = rate.times(take);
                lines.add(new SubsidyEstimate.Line(t, take, rate, line));
                amount = amount.plus(line);
                left -= take;
            }
        }
        return new SubsidyEstimate(true, total, tier, amount, lines);
    }
}
