package org.hourglass.api.policy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.hourglass.api.quantity.Money;

/**
 * One line of a settlement: {@code quantity × unitPrice = amount}, with the rule that made it.
 *
 * @param subject what the line is about: a learner id, a course type, "billed-heads"
 * @param details the facts the line was computed from, for people and for the policy's own reports
 *                (e.g. {@code hours.FREE_ON_DEMAND = 60.0}, {@code tierHours = 80}); sorted by key
 */
public record SettlementLine(String ruleId, String subject, String description, BigDecimal quantity,
        Money unitPrice, Money amount, Map<String, String> details) {
    public SettlementLine {
        details = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    public SettlementLine(String ruleId, String subject, String description, BigDecimal quantity, Money unitPrice, Money amount) {
        this(ruleId, subject, description, quantity, unitPrice, amount, Map.of());
    }

    public String detail(String key, String fallback) {
        return details.getOrDefault(key, fallback);
    }
}
