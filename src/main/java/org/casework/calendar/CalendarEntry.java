package org.casework.calendar;

import java.time.LocalDate;

/** One listed day of the official calendar. */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {
}
