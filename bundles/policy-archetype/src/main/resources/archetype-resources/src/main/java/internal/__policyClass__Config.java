package ${package}.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every tunable of ${policyName}: Config Admin PID {@value PID} ({@code etc/${configPid}.cfg}, the web console, or
 * {@code config:edit}). Ranges are metatype ({@code min}/{@code max}); what the metatype cannot say is checked by
 * {@link ${policyClass}ConfigCheck}. Core's guard refuses a bad value before it reaches the policy and keeps the last
 * good values in force.
 */
@ObjectClassDefinition(name = "Hourglass policy: ${policyName}", description = "Tunables of policy ${policyCode}")
public @interface ${policyClass}Config {
    String PID = "${configPid}";

    @AttributeDefinition(description = "yuan paid for each learner who completed the class")
    String voucherYuan() default "100.00";

    @AttributeDefinition(description = "learners per class", min = "1", max = "999")
    int maxLearners() default 200;

    @AttributeDefinition(description = "credited hours per learner and day (C-33)", min = "1", max = "24")
    int dailyCapHours() default 8;
}
