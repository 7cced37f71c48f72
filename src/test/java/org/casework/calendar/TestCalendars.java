package org.casework.calendar;

/** Work calendars for plain unit tests of other features: the bundled official calendar, every year loaded. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkCalendar bundled() {
        return BundledCalendarStore.workCalendar();
    }
}
