package org.hourglass.platform.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hourglass.api.platform.WorkingDays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar from its configuration: Monday to Friday work, Saturday and Sunday rest, a configured public
 * holiday rests, a configured make-up day works. A configuration with a date that is not an ISO date is refused whole and
 * logged: the calendar keeps its previous lists, so a typo never silently opens or closes a day.
 */
@Component(service = WorkingDays.class, configurationPid = CalendarConfig.PID)
@Designate(ocd = CalendarConfig.class)
public class OfficialCalendar implements WorkingDays {
    /** No schedule names more than a few dozen days a year; bounded so a bad configuration cannot loop for long. */
    private static final int MOST_DAYS_SEARCHED = 3660;

    private volatile Set<LocalDate> holidays = Set.of();
    private volatile Set<LocalDate> makeUpDays = Set.of();

    @Activate
    public OfficialCalendar(CalendarConfig config) {
        modified(config);
    }

    @Modified
    void modified(CalendarConfig config) {
        try {
            Set<LocalDate> h = dates(config.holidays());
            Set<LocalDate> m = dates(config.makeUpWorkingDays());
            this.holidays = h;
            this.makeUpDays = m;
        } catch (java.time.format.DateTimeParseException e) {
            LoggerFactory.getLogger(OfficialCalendar.class).error("calendar {} refused, the previous lists stay: {}", CalendarConfig.PID,
                    e.getMessage());
        }
    }

    static Set<LocalDate> dates(String list) {
        Set<LocalDate> out = new TreeSet<>();
        for (String d : list == null ? new String[0] : list.split(",")) {
            if (!d.isBlank()) {
                out.add(LocalDate.parse(d.trim()));
            }
        }
        return Set.copyOf(out);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < MOST_DAYS_SEARCHED && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days ahead, not " + n);
        }
        LocalDate d = isWorkingDay(day) ? day : nextWorkingDay(day);
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }
}
