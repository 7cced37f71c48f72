package org.casework.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.casework.calendar.WorkingDayTimers;

/** Dates for the engine: a period runs out at the end of its last day in the offices' time zone. */
public final class MediationTimes {

    private MediationTimes() {
    }

    /** 23:59:59 of the day (as the working-day timers count), or null. */
    public static Date endOf(LocalDate day, Clock clock) {
        return day == null ? null : Date.from(day.atTime(WorkingDayTimers.END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    /** The first moment of the day, or null. */
    public static Date startOf(LocalDate day, Clock clock) {
        return day == null ? null : Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
