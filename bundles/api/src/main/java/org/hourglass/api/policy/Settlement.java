package org.hourglass.api.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourglass.api.quantity.Money;

/**
 * Money owed by {@code payer} to {@code payee} for a class, with its lines and the parameter values
 * in force when it was computed (ARCHITECTURE principle 5), so it can be recomputed and compared.
 */
public record Settlement(String policyCode, long classId, Party payer, Party payee, List<SettlementLine> lines,
        Money total, Map<String, String> parameters, Instant asOf) {
    public Settlement {
        lines = List.copyOf(lines);
        parameters = Map.copyOf(parameters);
    }
}
