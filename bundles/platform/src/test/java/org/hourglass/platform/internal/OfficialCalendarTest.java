package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.hourglass.api.policy.support.ConfigurationStandIn;
import org.junit.Test;

/** HR-3, HR-7: working days across a weekend, a public holiday and a make-up working day, from configuration. */
public class OfficialCalendarTest {
    /** 2026: National Day holiday Oct 1–7 (Thu–Wed), make-up working Sunday Sep 27 and Saturday Oct 10 (as configured). */
    private final OfficialCalendar calendar = new OfficialCalendar(ConfigurationStandIn.of(CalendarConfig.class, Map.of(
            "holidays", "2026-10-01,2026-10-02,2026-10-05,2026-10-06,2026-10-07", "makeUpWorkingDays", "2026-09-27,2026-10-10")));

    @Test
    public void weekendsRestHolidaysRestMakeUpDaysWork() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))); // Monday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))); // Saturday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))); // a Sunday that works
    }

    @Test
    public void theNextWorkingDaySkipsTheWeekendAndTheHolidays() {
        assertEquals(LocalDate.of(2026, 3, 9), calendar.nextWorkingDay(LocalDate.of(2026, 3, 6))); // Friday → Monday
        assertEquals(LocalDate.of(2026, 10, 8), calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))); // over the holiday
        assertEquals(LocalDate.of(2026, 10, 10), calendar.nextWorkingDay(LocalDate.of(2026, 10, 9))); // the make-up Saturday
    }

    @Test
    public void fiveWorkingDaysAfterAnExam() {
        assertEquals(LocalDate.of(2026, 3, 13), calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 5));
        assertEquals(LocalDate.of(2026, 10, 13), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 5));
        assertEquals(LocalDate.of(2026, 3, 6), calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 0));
    }

    @Test
    public void aTypoKeepsThePreviousLists() {
        calendar.modified(ConfigurationStandIn.of(CalendarConfig.class, Map.of("holidays", "2026-10-32")));
        assertFalse("the holiday stays a holiday", calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
    }
}
