package org.hourglass.policy.institution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;

/** What the metatype of {@link InstitutionConfig} cannot say: every per-head fee is an amount in yuan, not negative. */
@ConfigurationCheck.Provided
public class InstitutionConfigCheck implements ConfigurationCheck {
    @Override
    public List<FieldError> check(String pid, Map<String, Object> properties) {
        if (!InstitutionConfig.PID.equals(pid)) {
            return List.of();
        }
        InstitutionConfig c = ConfigurationStandIn.of(InstitutionConfig.class, properties);
        List<FieldError> errors = new ArrayList<>();
        fee(errors, "feeVocationalSkills", c.feeVocationalSkills());
        fee(errors, "feeNewApprenticeship", c.feeNewApprenticeship());
        fee(errors, "feeLiveOnline", c.feeLiveOnline());
        fee(errors, "feeOnSite", c.feeOnSite());
        return errors;
    }

    private static void fee(List<FieldError> errors, String name, String value) {
        try {
            if (Money.parse(value).isNegative()) {
                errors.add(new FieldError(name, "not negative"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "an amount in yuan with at most two decimals, e.g. 75.00; was '" + value + "'"));
        }
    }
}
