package org.hourglass.policy.hr.internal;

import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.hourglass.api.problem.FieldError;

/** What the metatype of {@link HrExamConfig} cannot say: a paper has at least one question (HR-5). */
@ConfigurationCheck.Provided
public class HrExamConfigCheck implements ConfigurationCheck {
    @Override
    public List<FieldError> check(String pid, Map<String, Object> properties) {
        if (!HrExamConfig.PID.equals(pid)) {
            return List.of();
        }
        HrExamConfig c = ConfigurationStandIn.of(HrExamConfig.class, properties);
        return c.singleChoice() + c.multipleChoice() == 0 ? List.of(new FieldError("singleChoice", "HR-5: a paper has questions"))
                : List.of();
    }
}
