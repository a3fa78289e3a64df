package org.hourglass.policy.jiangsu.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every tunable of the Jiangsu policy: Config Admin PID {@value PID} ({@code etc/org.hourglass.policy.jiangsu.cfg}, the
 * web console, or {@code config:edit}). Ranges are metatype; what it cannot say (amounts in yuan, the exam model's name)
 * is checked by {@link JiangsuConfigCheck}; core's guard keeps the last good values in force. The seeds give no fee, no
 * yearly hours and no declaration maxima: the defaults are this project's, to be set per contract.
 */
@ObjectClassDefinition(name = "Hourglass policy: Jiangsu continuing-education credits",
        description = "Tunables of policy jiangsu-credits (seeds 002, 001; JS-1 … JS-11)")
public @interface JiangsuConfig {
    String PID = "org.hourglass.policy.jiangsu";

    @AttributeDefinition(description = "JS-3: the enrolment fee of a class in yuan, paid to its provider")
    String classFee() default "100.00";

    @AttributeDefinition(description = "learners per class at most", min = "1", max = "5000")
    int maxLearners() default 2000;

    @AttributeDefinition(description = "credited hours per learner and day (C-33)", min = "1", max = "24")
    int dailyCapHours() default 8;

    @AttributeDefinition(description = "JS-6: the exam model of a class that names none — CLASS (one class exam at 100 % class "
            + "progress, seed 002) or COURSE (a quiz per course, seed 001)")
    String examModel() default "CLASS";

    @AttributeDefinition(description = "JS-9: days after the registration day in which a face-to-face registration may be cancelled "
            + "(seed 002 \"三天内可取消报名\")", min = "0", max = "30")
    int faceToFaceCancelDays() default 3;

    @AttributeDefinition(description = "JS-8: continuing-education hours a learner owes each training year", min = "1", max = "500")
    int yearlyHours() default 72;

    @AttributeDefinition(description = "JS-8: hours one approved seminar (研修班) declaration deducts at most", min = "1", max = "500")
    int seminarMaxHours() default 24;

    @AttributeDefinition(description = "JS-8: hours one approved advanced-study (进修班) declaration deducts at most", min = "1",
            max = "500")
    int advancedStudyMaxHours() default 24;

    @AttributeDefinition(description = "JS-8: hours one approved technical-exchange (技术交流) declaration deducts at most", min = "1",
            max = "500")
    int technicalExchangeMaxHours() default 12;

    @AttributeDefinition(description = "JS-8: hours one approved other (其它) declaration deducts at most", min = "1", max = "500")
    int otherMaxHours() default 12;
}
