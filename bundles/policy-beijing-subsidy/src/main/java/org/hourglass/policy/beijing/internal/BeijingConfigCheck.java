package org.hourglass.policy.beijing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;

/**
 * What the metatype cannot say about {@link BeijingConfig}: rates are amounts in yuan (BJ-2), the tiers ascend from the
 * threshold (BJ-3, BJ-4), the policy window ends on a date (BJ-18). Core's configuration guard runs it before any
 * value reaches {@link BeijingPolicy}.
 */
@ConfigurationCheck.Provided
public class BeijingConfigCheck implements ConfigurationCheck {
    @Override
    public List<FieldError> check(String pid, Map<String, Object> properties) {
        if (!BeijingConfig.PID.equals(pid)) {
            return List.of();
        }
        BeijingConfig c;
        try {
            c = ConfigurationStandIn.of(BeijingConfig.class, properties);
            c.thresholdHours();
        } catch (IllegalArgumentException e) {
            return List.of(new FieldError("configuration", e.getMessage()));
        }
        List<FieldError> errors = new ArrayList<>();
        rate(errors, "rateFreeOnDemand", c::rateFreeOnDemand);
        rate(errors, "ratePaidOnDemand", c::ratePaidOnDemand);
        rate(errors, "rateOwnRecorded", c::rateOwnRecorded);
        rate(errors, "rateOffline", c::rateOffline);
        try {
            List<Integer> tiers = new ArrayList<>();
            for (String t : c.tiers().split(",")) {
                tiers.add(Integer.parseInt(t.trim()));
            }
            if (tiers.get(0) < c.thresholdHours() || !tiers.stream().sorted().distinct().toList().equals(tiers)) {
                errors.add(new FieldError("tiers", "whole hours ascending from the threshold " + c.thresholdHours() + ", e.g. 40,60,80 (BJ-4)"));
            }
        } catch (RuntimeException e) {
            errors.add(new FieldError("tiers", "whole hours separated by commas, e.g. 40,60,80 (BJ-4)"));
        }
        try {
            LocalDate.parse(c.policyEnd());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("policyEnd", "a date YYYY-MM-DD (BJ-18)"));
        }
        return errors;
    }

    private static void rate(List<FieldError> errors, String field, java.util.function.Supplier<String> value) {
        try {
            if (Money.parse(value.get()).isNegative()) {
                errors.add(new FieldError(field, "not negative"));
            }
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "an amount in yuan with at most two decimals, e.g. 25.00 (BJ-2); was '" + value.get() + "'"));
        }
    }
}
