package org.hourglass.api.policy;

import java.math.BigDecimal;
import org.hourglass.api.quantity.Money;

/**
 * One line of a settlement: {@code quantity × unitPrice = amount}, with the rule that made it.
 *
 * @param subject what the line is about: a learner id, a course type, "billed-heads"
 */
public record SettlementLine(String ruleId, String subject, String description, BigDecimal quantity,
        Money unitPrice, Money amount) {
}
