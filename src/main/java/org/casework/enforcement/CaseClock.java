package org.casework.enforcement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.casework.calendar.Computed;
import org.casework.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * The one computation of a case's periods: the 90-day decision clock with its pauses and extensions,
 * and the state of any other period on a day. BPMN timers, task due dates, the case screen, the
 * 工作台 and the figures' {@code decision_due_date} all come from here.
 */
@Component
public class CaseClock {

    private final WorkCalendar calendar;

    CaseClock(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * The decision clock on {@code today} (or frozen at {@code decidedOn}). Only pauses that stop the
     * decision clock count; a pause still running counts up to the day computed.
     */
    public DecisionClock decisionClock(LocalDate filedOn, LocalDate decidedOn, List<Pause> allPauses, List<Extension> extensions,
                                       LocalDate today) {
        List<Pause> pauses = allPauses.stream().filter(p -> p.kind().stopsDecisionClock()).toList();
        LocalDate until = decidedOn != null ? decidedOn : today;
        int pausedDays = (int) pauses.stream().filter(p -> !p.from().isAfter(until)).mapToLong(p -> p.daysUntil(until)).sum();
        int extensionDays = extensions.stream().mapToInt(Extension::days).sum();
        LocalDate due = filedOn.plusDays(DecisionClock.LIMIT_DAYS + extensionDays + pausedDays);
        long day = ChronoUnit.DAYS.between(filedOn, until) - pausedDays;
        long daysLeft = ChronoUnit.DAYS.between(until, due);
        boolean paused = decidedOn == null && pauses.stream().anyMatch(p -> p.covers(today));
        DeadlineState state;
        if (decidedOn != null) {
            state = decidedOn.isAfter(due) ? DeadlineState.MET_LATE : DeadlineState.MET;
        } else if (paused) {
            state = DeadlineState.PAUSED;
        } else {
            state = stateOn(today, due);
        }
        List<String> warnings = new ArrayList<>();
        if (decidedOn == null) {
            if (today.isAfter(due)) {
                warnings.add("办案期限已于" + due + "届满，已超期" + ChronoUnit.DAYS.between(due, today) + "日（《行政处罚法》第六十条）");
            } else if (day >= DecisionClock.SECOND_WARNING_DAY) {
                warnings.add("已进入办案期限第" + DecisionClock.SECOND_WARNING_DAY + "日，请尽快作出决定或依法延长期限");
            } else if (day >= DecisionClock.FIRST_WARNING_DAY) {
                warnings.add("已进入办案期限第" + DecisionClock.FIRST_WARNING_DAY + "日");
            }
            if (paused) {
                warnings.add("办案期限暂停计算中（" + pauses.stream().filter(p -> p.covers(today)).map(p -> p.kind().label())
                        .distinct().reduce((a, b) -> a + "、" + b).orElse("") + "）");
            }
        }
        return new DecisionClock(filedOn, DecisionClock.LIMIT_DAYS, List.copyOf(extensions), extensionDays, List.copyOf(pauses),
                pausedDays, paused, due, decidedOn, day, daysLeft, state, warnings);
    }

    /**
     * The date on which the clock reaches day {@code n} (paused days not counted). A pause still
     * running is counted as if it ended after {@code today}: the date moves when it really ends, and
     * the workflow then reschedules the clock's timers (they are suspended meanwhile).
     */
    public LocalDate dateOfDay(LocalDate filedOn, List<Pause> allPauses, int n, LocalDate today) {
        List<Pause> pauses = allPauses.stream().filter(p -> p.kind().stopsDecisionClock())
                .map(p -> p.running() ? new Pause(p.id(), p.kind(), p.from(), today.plusDays(1), p.reason()) : p).toList();
        LocalDate d = filedOn;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            LocalDate day = d;
            if (pauses.stream().noneMatch(p -> p.covers(day))) {
                counted++;
            }
        }
        return d;
    }

    /** A period with its state on {@code today}. */
    public Deadline deadline(DeadlineRule rule, String subject, LocalDate start, Computed<LocalDate> due, LocalDate metOn,
                             String note, LocalDate today) {
        LocalDate dueDate = due.value();
        DeadlineState state;
        if (isWaitingPeriod(rule)) {
            state = today.isAfter(dueDate) || metOn != null ? DeadlineState.MET : DeadlineState.OPEN;
        } else if (metOn != null) {
            state = metOn.isAfter(dueDate) ? DeadlineState.MET_LATE : DeadlineState.MET;
        } else {
            state = stateOn(today, dueDate);
        }
        Long daysLeft = metOn != null ? null : ChronoUnit.DAYS.between(today, dueDate);
        return new Deadline(rule, subject, start, dueDate, metOn, state, daysLeft, note, due.warnings());
    }

    /** Amber when at most 3 working days are left, red once the due day has passed. */
    public DeadlineState stateOn(LocalDate today, LocalDate due) {
        if (today.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due).value() <= DeadlineState.AMBER_WORKING_DAYS
                ? DeadlineState.DUE_SOON : DeadlineState.OPEN;
    }

    /** The party's windows and waiting periods: they run out, nobody can miss them. */
    static boolean isWaitingPeriod(DeadlineRule rule) {
        return rule == DeadlineRule.DEFENCE_WINDOW || rule == DeadlineRule.HEARING_REQUEST_WINDOW
                || rule == DeadlineRule.REMINDER_PERIOD || rule == DeadlineRule.LIMITATION;
    }
}
