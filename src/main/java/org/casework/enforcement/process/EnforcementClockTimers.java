package org.casework.enforcement.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casework.calendar.WorkingDayTimers;
import org.casework.enforcement.CaseFacts;
import org.springframework.stereotype.Component;

/**
 * Task due dates and timer dates of the enforcement models, from the one case clock
 * ({@link org.casework.enforcement.CaseClock} via {@link CaseFacts}): a period ends at the end of its
 * last day in the offices' time zone (as {@link WorkingDayTimers}); a day of the decision clock starts
 * at midnight. E.g. {@code ${enforcementClock.due(execution, 'LEGAL_REVIEW')}}.
 */
@Component("enforcementClock")
public class EnforcementClockTimers {

    private final CaseFacts facts;
    private final Clock clock;

    public EnforcementClockTimers(CaseFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The end of the period's last day, or null (no due date) when it has not started. */
    public Date due(DelegateExecution execution, String key) {
        return endOf(facts.due(ProcessCase.idOf(execution, facts), key));
    }

    /** When the statement-and-defence window (and the hearing-request window, if any) ran out. */
    public Date rightsWindowsClose(DelegateExecution execution) {
        return required(endOf(facts.due(ProcessCase.idOf(execution, facts), "RIGHTS_WINDOWS")), "陈述申辩期限");
    }

    /** The start of day {@code n} of the 90-day decision clock. */
    public Date decisionDayStarts(DelegateExecution execution, int n) {
        return required(startOf(facts.decisionDay(ProcessCase.idOf(execution, facts), n)), "办案期限");
    }

    /** The end of the last day of the decision period (with extensions and pauses). */
    public Date decisionPeriodEnds(DelegateExecution execution) {
        return required(endOf(facts.due(ProcessCase.idOf(execution, facts), "DECISION")), "办案期限");
    }

    public Date paymentOverdue(DelegateExecution execution) {
        return required(endOf(facts.due(ProcessCase.idOf(execution, facts), "PAYMENT")), "缴款期限");
    }

    public Date preservationDue(Long preservationId) {
        return endOf(facts.preservationDue(preservationId));
    }

    public Date preservationLapses(Long preservationId) {
        return required(endOf(facts.preservationDue(preservationId)), "先行登记保存处理期限");
    }

    public Date endOf(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(WorkingDayTimers.END_OF_DAY).atZone(clock.getZone()).toInstant());
    }

    public Date startOf(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(LocalTime.MIDNIGHT).atZone(clock.getZone()).toInstant());
    }

    private static Date required(Date date, String what) {
        if (date == null) {
            throw new IllegalStateException(what + "尚未开始计算，无法设定定时器");
        }
        return date;
    }
}
