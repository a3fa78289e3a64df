package org.hourglass.policy.beijing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/**
 * One learner's subsidy as a settlement line and back: the line carries the facts it was computed from (effective
 * hours per type, eligibility, tier, the whole hours paid per type at which rate), so the estimate and the claim
 * package show exactly what {@code settle} computed — the one computation of a class's money.
 */
final class SubsidyLines {
    private SubsidyLines() {
    }

    static SettlementLine line(long learnerId, Map<CourseType, Hours> effective, boolean disqualified, SubsidyEstimate e) {
        Map<String, String> details = new LinkedHashMap<>();
        SubsidyRates.SUBSIDISED.forEach(t -> details.put("hours." + t, effective.getOrDefault(t, Hours.ZERO).toString()));
        details.put("disqualified", Boolean.toString(disqualified));
        details.put("eligible", Boolean.toString(e.eligible()));
        details.put("totalHours", e.totalHours().toString());
        details.put("tierHours", Integer.toString(e.tierHours()));
        for (SubsidyEstimate.Line l : e.lines()) {
            details.put("paid." + l.type() + ".hours", Long.toString(l.hours()));
            details.put("paid." + l.type() + ".rate", l.rate().toString());
            details.put("paid." + l.type() + ".amount", l.amount().toString());
        }
        return new SettlementLine(e.eligible() ? "BJ-6" : "BJ-3", Long.toString(learnerId), "learner " + learnerId + ": "
                + e.totalHours() + " effective hours, tier " + e.tierHours(), BigDecimal.ONE, e.amount(), e.amount(), details);
    }

    static long learnerId(SettlementLine line) {
        return Long.parseLong(line.subject());
    }

    /** Effective hours per subsidised type, one decimal, every type present. */
    static Map<String, String> hoursByType(SettlementLine line) {
        Map<String, String> out = new TreeMap<>();
        SubsidyRates.SUBSIDISED.forEach(t -> out.put(t.name(), line.detail("hours." + t, "0.0")));
        return out;
    }

    static boolean disqualified(SettlementLine line) {
        return Boolean.parseBoolean(line.detail("disqualified", "false"));
    }

    /** The learner's estimate as the settlement computed it, its paid types in the order the tier was filled (BJ-6). */
    static SubsidyEstimate estimate(SettlementLine line) {
        List<SubsidyEstimate.Line> paid = new ArrayList<>();
        for (CourseType t : SubsidyRates.SUBSIDISED) {
            String hours = line.details().get("paid." + t + ".hours");
            if (hours != null) {
                paid.add(new SubsidyEstimate.Line(t, Long.parseLong(hours), Money.parse(line.detail("paid." + t + ".rate", "0")),
                        Money.parse(line.detail("paid." + t + ".amount", "0"))));
            }
        }
        paid.sort(Comparator.comparing(SubsidyEstimate.Line::rate).reversed());
        return new SubsidyEstimate(Boolean.parseBoolean(line.detail("eligible", "false")), Hours.of(new BigDecimal(line.detail("totalHours", "0.0"))),
                Integer.parseInt(line.detail("tierHours", "0")), line.amount(), paid);
    }
}
