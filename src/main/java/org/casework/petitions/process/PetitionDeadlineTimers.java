package org.casework.petitions.process;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import org.casework.calendar.WorkingDayTimers;
import org.casework.petitions.PetitionDeadline;
import org.casework.petitions.PetitionProcessHooks;
import org.springframework.stereotype.Component;

/**
 * The petition deadlines for timers and task due dates, as {@code ${petitionDeadlines.due(petitionId, 'CLOSING')}}
 * (the end of the last day, 23:59:59 in the offices' zone, as the working-day timers) and
 * {@code ${petitionDeadlines.warning(petitionId, 'CLOSING')}} (08:00 on the first day with at most three working days left).
 * Public, as the expression language calls its methods.
 */
@Component("petitionDeadlines")
public class PetitionDeadlineTimers {

    static final LocalTime WARNING_TIME = LocalTime.of(8, 0);

    private final PetitionProcessHooks hooks;
    private final Clock clock;

    PetitionDeadlineTimers(PetitionProcessHooks hooks, Clock clock) {
        this.hooks = hooks;
        this.clock = clock;
    }

    public Date due(Object petitionId, String deadline) {
        return at(hooks.dueDate(id(petitionId), PetitionDeadline.valueOf(deadline)).atTime(WorkingDayTimers.END_OF_DAY));
    }

    public Date warning(Object petitionId, String deadline) {
        return at(hooks.warningDate(id(petitionId), PetitionDeadline.valueOf(deadline)).atTime(WARNING_TIME));
    }

    private Date at(java.time.LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private static long id(Object petitionId) {
        return ((Number) petitionId).longValue();
    }
}
