package org.hourglass.policy.jiangsu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;

/**
 * What the metatype of {@link JiangsuConfig} cannot say: the fee is an amount in yuan, not negative; the exam model is
 * CLASS or COURSE. Core runs it on every configuration before it is delivered.
 */
@ConfigurationCheck.Provided
public class JiangsuConfigCheck implements ConfigurationCheck {
    @Override
    public List<FieldError> check(String pid, Map<String, Object> properties) {
        if (!JiangsuConfig.PID.equals(pid)) {
            return List.of();
        }
        JiangsuConfig c = ConfigurationStandIn.of(JiangsuConfig.class, properties);
        List<FieldError> errors = new ArrayList<>();
        try {
            if (Money.parse(c.classFee()).isNegative()) {
                errors.add(new FieldError("classFee", "not negative"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("classFee", "an amount in yuan with at most two decimals, e.g. 100.00; was '" + c.classFee() + "'"));
        }
        if (ExamModel.parse(c.examModel()).isEmpty()) {
            errors.add(new FieldError("examModel", "CLASS or COURSE; was '" + c.examModel() + "'"));
        }
        return errors;
    }
}
