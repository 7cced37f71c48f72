package org.casework.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * A calendar store without a database for plain unit tests: the bundled official calendar
 * ({@code db/calendar/cn-work-calendar.csv}), every year of it loaded.
 */
class BundledCalendarStore extends CalendarStore {

    private final Map<LocalDate, DayKind> days = new HashMap<>();
    private final List<Integer> years = new ArrayList<>();

    BundledCalendarStore() {
        super(null);
        try (InputStream in = new ClassPathResource(CalendarSeeder.BUNDLED).getInputStream()) {
            CalendarService.parseCsv(in).forEach((year, entries) -> {
                years.add(year);
                entries.forEach(e -> days.put(e.date(), e.kind()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A work calendar over the bundled official calendar. */
    static WorkCalendar workCalendar() {
        return new WorkCalendar(new BundledCalendarStore());
    }

    @Override
    Map<LocalDate, DayKind> allDays() {
        return Map.copyOf(days);
    }

    @Override
    List<Integer> loadedYears() {
        return List.copyOf(years);
    }

    @Override
    List<CalendarEntry> daysOf(int year) {
        throw new UnsupportedOperationException("not needed in unit tests");
    }

    @Override
    void replaceYear(int year, List<CalendarEntry> entries, String by, String source) {
        throw new UnsupportedOperationException("read-only in unit tests");
    }
}
