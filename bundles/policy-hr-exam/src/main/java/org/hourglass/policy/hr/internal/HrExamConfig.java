package org.hourglass.policy.hr.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Every tunable of the HR-exam policy: Config Admin PID {@value PID}. Ranges are metatype; the exam calendar itself is the
 * policy's periods (REST), the working days are core's calendar (PID org.hourglass.calendar).
 */
@ObjectClassDefinition(name = "Hourglass policy: Beijing HR-market practitioner exam",
        description = "Tunables of policy hr-exam (seed 004, HR-1 … HR-8)")
public @interface HrExamConfig {
    String PID = "org.hourglass.policy.hr";

    @AttributeDefinition(description = "learners of the free course series at most (HR-1)", min = "1", max = "1000000")
    int maxLearners() default 100000;

    @AttributeDefinition(description = "credited hours per learner and day (C-33)", min = "1", max = "24")
    int dailyCapHours() default 8;

    @AttributeDefinition(description = "HR-5: single-choice questions of the paper", min = "0", max = "200")
    int singleChoice() default 35;

    @AttributeDefinition(description = "HR-5: multiple-choice questions of the paper", min = "0", max = "200")
    int multipleChoice() default 15;

    @AttributeDefinition(description = "HR-5: the pass mark out of 100, inclusive", min = "0", max = "100")
    int passMark() default 60;

    @AttributeDefinition(description = "HR-7: working days after the exam by which passed candidates are handed off", min = "1",
            max = "60")
    int handOffWorkingDays() default 5;

    @AttributeDefinition(description = "HR-7: seconds between runs of the hand-off job", min = "1", max = "86400")
    int handOffCheckSeconds() default 60;

    @AttributeDefinition(description = "HR-7: seconds before the first retry of a failed hand-off; each further retry waits twice "
            + "as long, at most 6 hours", min = "1", max = "21600")
    int handOffRetrySeconds() default 300;

    @AttributeDefinition(description = "public registration and exam entry: requests per client address and window (against "
            + "enumerating who registered)", min = "1", max = "100000")
    int publicRequestsPerClient() default 30;

    @AttributeDefinition(description = "public registration and exam entry: the throttle's window in minutes", min = "1", max = "1440")
    int publicWindowMinutes() default 10;
}
