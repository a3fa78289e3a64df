package org.hourglass.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The working-day calendar's data: China's official holiday schedule is published yearly and entered here, not coded. */
@ObjectClassDefinition(name = "Hourglass working-day calendar", description = "Public holidays and make-up working days (HR-3, HR-7)")
@interface CalendarConfig {
    String PID = "org.hourglass.calendar";

    @AttributeDefinition(description = "Public holidays that are rest days, ISO dates, comma-separated (e.g. 2026-10-01,2026-10-02)")
    String holidays() default "";

    @AttributeDefinition(description = "Weekend days that are working days (调休上班), ISO dates, comma-separated")
    String makeUpWorkingDays() default "";
}
