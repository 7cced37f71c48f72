package org.casework.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.casework.calendar.Computed;
import org.casework.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * The petition periods on the work calendar (see {@link PetitionDeadline}): their ends, the day a
 * warning is due, and clocks. BPMN timers, task due dates, the register's due dates and the screens'
 * clocks all come from here.
 */
@Component
class PetitionCalendar {

    /** A warning is due when this many working days (or fewer) are left, as the inbox turns amber. */
    static final int WARNING_WORKING_DAYS = 3;

    private final WorkCalendar calendar;
    private final Clock clock;

    PetitionCalendar(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day of a period of {@code deadline.days()} calendar days from {@code start}. */
    Computed<LocalDate> end(LocalDate start, PetitionDeadline deadline) {
        return calendar.endOfCalendarPeriod(start, deadline.days());
    }

    /** The last day of the closing period with the approved extension (registration + 90 days). */
    Computed<LocalDate> extendedEnd(LocalDate registered) {
        return calendar.endOfCalendarPeriod(registered, PetitionRules.LONGEST_DAYS);
    }

    /**
     * The first day on which at most {@link #WARNING_WORKING_DAYS} working days are left until {@code due}
     * (counting the due day, not the day itself): e.g. the Friday before a Wednesday due date.
     */
    LocalDate warningDay(LocalDate due) {
        LocalDate day = due;
        int left = 0;
        while (true) {
            int withDay = left + (calendar.isWorkingDay(day) ? 1 : 0);
            if (withDay > WARNING_WORKING_DAYS) {
                return day;
            }
            left = withDay;
            day = day.minusDays(1);
        }
    }

    PetitionClock clock(PetitionDeadline deadline, LocalDate due, LocalDate met) {
        LocalDate today = today();
        if (met != null) {
            return new PetitionClock(deadline, due, met, met.isAfter(due) ? PetitionClock.State.MET_LATE : PetitionClock.State.MET,
                    ChronoUnit.DAYS.between(met, due));
        }
        long left = ChronoUnit.DAYS.between(today, due);
        PetitionClock.State state = today.isAfter(due) ? PetitionClock.State.OVERDUE
                : calendar.workingDaysBetween(today, due).value() <= WARNING_WORKING_DAYS
                ? PetitionClock.State.DUE_SOON : PetitionClock.State.RUNNING;
        return new PetitionClock(deadline, due, null, state, left);
    }
}
