package ${package}.internal;

import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;

/**
 * What the metatype of {@link ${policyClass}Config} cannot say: the voucher is an amount in yuan, not negative. The
 * annotation names this class in the bundle's manifest; core runs it on every configuration before it is delivered.
 */
@ConfigurationCheck.Provided
public class ${policyClass}ConfigCheck implements ConfigurationCheck {
    @Override
    public List<FieldError> check(String pid, Map<String, Object> properties) {
        if (!${policyClass}Config.PID.equals(pid)) {
            return List.of();
        }
        String voucher = ConfigurationStandIn.of(${policyClass}Config.class, properties).voucherYuan();
        try {
            return Money.parse(voucher).isNegative() ? List.of(new FieldError("voucherYuan", "not negative"))
                    : List.of();
        } catch (IllegalArgumentException e) {
            return List.of(new FieldError("voucherYuan", "an amount in yuan with at most two decimals, e.g. 600.00; was '"
                    + voucher + "'"));
        }
    }
}
