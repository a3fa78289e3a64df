package org.hourglass.policy.beijing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.quantity.Money;

/** The subsidy parameters in force (BJ-2 … BJ-4), read once from the configuration; recorded with every estimate. */
record SubsidyRates(Map<CourseType, Money> rates, int thresholdHours, List<Integer> tiers) {
    static final List<CourseType> SUBSIDISED = List.of(CourseType.FREE_ON_DEMAND, CourseType.PAID_ON_DEMAND, CourseType.OWN_RECORDED,
            CourseType.OFFLINE);

    SubsidyRates {
        rates = Map.copyOf(rates);
        tiers = List.copyOf(tiers);
    }

    static SubsidyRates of(BeijingConfig c) {
        Map<CourseType, Money> rates = new EnumMap<>(CourseType.class);
        rates.put(CourseType.FREE_ON_DEMAND, Money.parse(c.rateFreeOnDemand()));
        rates.put(CourseType.PAID_ON_DEMAND, Money.parse(c.ratePaidOnDemand()));
        rates.put(CourseType.OWN_RECORDED, Money.parse(c.rateOwnRecorded()));
        rates.put(CourseType.OFFLINE, Money.parse(c.rateOffline()));
        List<Integer> tiers = new ArrayList<>();
        for (String t : c.tiers().split(",")) {
            tiers.add(Integer.parseInt(t.trim()));
        }
        if (tiers.isEmpty() || tiers.get(0) < c.thresholdHours() || !tiers.stream().sorted().toList().equals(tiers)) {
            throw new IllegalArgumentException("tiers must ascend from the threshold: " + c.tiers());
        }
        return new SubsidyRates(rates, c.thresholdHours(), tiers);
    }

    /** The values an estimate was made with (ARCHITECTURE principle 5), as strings. */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        SUBSIDISED.forEach(t -> p.put("rate." + t, rates.get(t).toString()));
        p.put("thresholdHours", Integer.toString(thresholdHours));
        p.put("tiers", tiers.toString());
        return p;
    }
}
