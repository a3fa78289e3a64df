package org.hourglass.policy.institution.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every tunable of the institution policy: Config Admin PID {@value PID} ({@code etc/org.hourglass.policy.institution.cfg},
 * the web console, or {@code config:edit}). Ranges are metatype; what it cannot say (amounts in yuan) is checked by
 * {@link InstitutionConfigCheck}; core's guard keeps the last good values in force.
 */
@ObjectClassDefinition(name = "Hourglass policy: training institution per-head billing",
        description = "Tunables of policy institution-billing (seed 003, IN-1 … IN-10)")
public @interface InstitutionConfig {
    String PID = "org.hourglass.policy.institution";

    @AttributeDefinition(description = "IN-1, IN-5: per-head fee in yuan of a vocational skills class (seed 003: 75.00)")
    String feeVocationalSkills() default "75.00";

    @AttributeDefinition(description = "IN-1, IN-5: per-head fee in yuan of a new apprenticeship class")
    String feeNewApprenticeship() default "75.00";

    @AttributeDefinition(description = "IN-1, IN-5: per-head fee in yuan of a live online class")
    String feeLiveOnline() default "75.00";

    @AttributeDefinition(description = "IN-1, IN-5: per-head fee in yuan of a centralised on-site class")
    String feeOnSite() default "75.00";

    @AttributeDefinition(description = "IN-3: learners per class at most", min = "1", max = "500")
    int maxLearners() default 500;

    @AttributeDefinition(description = "IN-6: billed heads are never fewer than this percentage of the learners who joined",
            min = "0", max = "100")
    int billedFloorPercent() default 90;

    @AttributeDefinition(description = "IN-5, IN-6: review levels of the opening and of the closing review", min = "1", max = "5")
    int reviewLevels() default 2;

    @AttributeDefinition(description = "C-35: exam attempts per course when the class sets none (seed 003: e.g. 3)", min = "1",
            max = "99")
    int examAttempts() default 3;

    @AttributeDefinition(description = "C-35: minutes per exam attempt when the class sets none", min = "1", max = "600")
    int examMinutes() default 60;

    @AttributeDefinition(description = "IN-8: seconds between reports of live lessons' viewer minutes to the prepaid balances",
            min = "1", max = "3600")
    int liveUsageCheckSeconds() default 60;
}
