package org.hourglass.policy.beijing.internal;

import org.hourglass.api.policy.support.StandardRules;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every tunable of the Beijing regime, changeable at runtime; PID {@code org.hourglass.policy.beijing} — without a dash,
 * because Felix FileInstall reads {@code pid-name.cfg} as a factory configuration. Ranges are in the metatype; amounts,
 * tiers and the date are checked by {@link BeijingConfigCheck}: core's guard refuses a bad value before it arrives.
 */
@ObjectClassDefinition(name = "Hourglass policy: Beijing employer training subsidy",
        description = "以训兴业 subsidy rates, tiers, caps, windows and limits (seed 000, RULES.md §BJ)")
public @interface BeijingConfig {
    String PID = "org.hourglass.policy.beijing";

    @AttributeDefinition(description = "BJ-2: yuan per learner-hour of free on-demand courses")
    String rateFreeOnDemand() default "10.00";

    @AttributeDefinition(description = "BJ-2: yuan per learner-hour of paid on-demand courses")
    String ratePaidOnDemand() default "25.00";

    @AttributeDefinition(description = "BJ-2: yuan per learner-hour of the organisation's own recorded courses")
    String rateOwnRecorded() default "25.00";

    @AttributeDefinition(description = "BJ-2: yuan per learner-hour of approved offline training")
    String rateOffline() default "25.00";

    @AttributeDefinition(description = "BJ-3: a learner counts from this many effective hours (all types together)", min = "1", max = "1000")
    int thresholdHours() default 40;

    @AttributeDefinition(description = "BJ-4: subsidised hours tiers, ascending; a learner's total falls to the highest tier it reaches")
    String tiers() default "40,60,80";

    @AttributeDefinition(description = "BJ-19: credited hours per learner per day", min = "1", max = "24")
    int dailyCapHours() default 8;

    @AttributeDefinition(description = "BJ-18: last day of training and applications (2021-12-31 in the seed, Q11)")
    String policyEnd() default "2021-12-31";

    @AttributeDefinition(description = "BJ-14: an organisation applies only while negative survey answers are under this percentage",
            min = "1", max = "100")
    int surveyNegativeLimitPercent() default 30;

    @AttributeDefinition(description = "BJ-11: a refund is possible this many days after payment", min = "0", max = "365")
    int refundDays() default 15;

    @AttributeDefinition(description = "BJ-10, BJ-11, C-25: learners, tasks and copies studied under this many minutes may leave or come back",
            min = "0", max = "600")
    int returnStudyMinutes() default 10;

    @AttributeDefinition(description = "C-25 at exactly the limit: seed 000 Q27 says learners who studied '不足10分钟' (under the limit) "
            + "may be removed, Q30 '超过10分钟则无法删除' (over it may not); they disagree at exactly the limit. UNDER follows Q27 "
            + "(the default), AT_MOST follows Q30.")
    StandardRules.Boundary removalBoundary() default StandardRules.Boundary.UNDER;

    @AttributeDefinition(description = "BJ-9: learners per class", min = "1", max = "999")
    int maxLearners() default 999;
}
