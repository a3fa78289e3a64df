package org.hourglass.api.platform;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working-day calendar any policy counts in (HR-3 "registration opens the next working day after the exam", HR-7
 * "within 5 working days"): weekends are rest days, except the make-up working days (调休上班) China's official schedule
 * names; the public holidays it names are rest days. Both lists are configuration (PID {@code org.hourglass.calendar}),
 * data not code: a new year's schedule is a configuration change.
 */
@ProviderType
public interface WorkingDays {
    boolean isWorkingDay(LocalDate day);

    /** The first working day after {@code day}. */
    LocalDate nextWorkingDay(LocalDate day);

    /** The working day {@code n} working days after {@code day} (n ≥ 0; n = 0 is {@code day} itself when it is one). */
    LocalDate plusWorkingDays(LocalDate day, int n);
}
