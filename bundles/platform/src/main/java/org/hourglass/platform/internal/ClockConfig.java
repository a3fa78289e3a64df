package org.hourglass.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Hourglass clock", description = "The one clock every date rule reads (ARCHITECTURE principle 6).")
@interface ClockConfig {
    @AttributeDefinition(description = "Time zone of daily caps, exam days and windows.")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(description = "Shift of platform time against the system clock, ISO-8601 (e.g. P3D, PT-2H). "
            + "For tests and drills only; empty in production.")
    String offset() default "";

    @AttributeDefinition(description = "Freeze platform time at this instant (ISO-8601, e.g. 2021-06-30T01:15:00Z). "
            + "For tests only; empty in production.")
    String fixed() default "";
}
