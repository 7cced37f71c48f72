package org.casework.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casework.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Every deadline of a dispute, computed in one place for the screens, the task due dates and the BPMN
 * timers (rule 3 of the house): the time limit from acceptance (calendar or working days, with the
 * extensions), the follow-up visit and the judicial-confirmation window from the agreement, and the
 * service levels of a 矛调中心. Due soon = at most 3 working days left.
 */
@Component
class MediationClocks {

    /** 司法确认: the parties apply jointly within 30 days of the agreement taking effect (人民调解法 第三十三条). */
    static final int CONFIRMATION_DAYS = 30;
    /** The court accepts within 3 days and decides within 15 days (最高人民法院关于人民调解协议司法确认程序的若干规定). */
    static final int COURT_DECISION_DAYS = 18;
    static final int DUE_SOON_WORKING_DAYS = 3;

    private final WorkCalendar calendar;
    private final Clock clock;

    MediationClocks(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The calendar day of an engine date in the offices' time zone. */
    LocalDate day(java.util.Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), clock.getZone());
    }

    /** The end of a period of {@code days} from {@code start}, as the rule counts (the start day not counted). */
    LocalDate after(LocalDate start, int days, boolean workingDays) {
        return workingDays ? calendar.addWorkingDays(start, days).value() : calendar.endOfCalendarPeriod(start, days).value();
    }

    LocalDate limitDue(LocalDate accepted, MediationRule rule) {
        return after(accepted, rule.limitDays(), rule.limitWorkingDays());
    }

    LocalDate confirmationDue(LocalDate agreed) {
        return calendar.endOfCalendarPeriod(agreed, CONFIRMATION_DAYS).value();
    }

    LocalDate followUpDue(LocalDate agreed, MediationRule rule) {
        return agreed.plusDays(rule.followUpDays());
    }

    /** 矛调中心: a plan within so many working days of the first visit. */
    LocalDate planDue(DisputeProcedure p, MediationRule rule) {
        if (p == null || rule.planWorkingDays() == null) {
            return null;
        }
        return calendar.addWorkingDays(LocalDate.ofInstant(p.receivedAt, clock.getZone()), rule.planWorkingDays()).value();
    }

    /** The due date of a step's task, or null when the step has none. */
    LocalDate stepDue(Dispute d, DisputeProcedure p, MediationStep step, MediationRule rule) {
        boolean centre = d.kind == MediationKind.CENTRE;
        return switch (step) {
            case CHECK_WILLINGNESS, REGISTER_DISPUTE -> centre ? planDue(p, rule) : null;
            case ASSIGN_MEDIATORS -> centre && p.planDate == null ? earliest(planDue(p, rule), d.dueDate) : d.dueDate;
            case HOLD_SESSION, SIGN_WRITTEN_AGREEMENT, RECORD_ORAL_AGREEMENT, TERMINATE_MEDIATION -> d.dueDate;
            case REPORT_RISK, DECIDE_ON_TIME_LIMIT -> calendar.addWorkingDays(today(), 1).value();
            case VISIT_PARTIES -> centre && rule.serviceFollowUpDays() != null && d.closedDate != null
                    ? d.closedDate.plusDays(rule.serviceFollowUpDays()) : p.followUpDueDate;
            case RECORD_CONFIRMATION_APPLICATION -> p.confirmationDueDate;
            case RECORD_COURT_DECISION -> p.confirmationAppliedDate == null ? null : p.confirmationAppliedDate.plusDays(COURT_DECISION_DAYS);
            case ARCHIVE_CASE_FILE -> null;
        };
    }

    /** The clocks of a dispute (procedure null for a dispute without the process). */
    List<DisputeClock> of(Dispute d, DisputeProcedure p, MediationRule rule) {
        List<DisputeClock> clocks = new ArrayList<>();
        LocalDate firstVisit = d.followUps.stream().map(f -> f.visitDate).min(Comparator.naturalOrder()).orElse(null);
        if (d.acceptedDate != null && d.dueDate != null) {
            clocks.add(date("调解期限", d.dueDate, d.closedDate));
        }
        if (p == null) {
            return clocks;
        }
        if (p.followUpDueDate != null) {
            clocks.add(date("回访", p.followUpDueDate, firstVisit));
        }
        if (p.confirmationDueDate != null) {
            clocks.add(p.confirmationResult == ConfirmationResult.NOT_APPLIED
                    ? new DisputeClock("司法确认申请", p.confirmationDueDate, null, ClockState.LAPSED, null, null)
                    : date("司法确认申请", p.confirmationDueDate, p.confirmationAppliedDate));
        }
        if (d.kind == MediationKind.CENTRE) {
            centre(d, p, rule, firstVisit, clocks);
        }
        return clocks;
    }

    private void centre(Dispute d, DisputeProcedure p, MediationRule rule, LocalDate firstVisit, List<DisputeClock> clocks) {
        if (rule.receptionMinutes() != null) {
            Instant due = p.receivedAt.plus(rule.receptionMinutes(), ChronoUnit.MINUTES);
            ClockState state = p.receptionAt.isAfter(due) ? ClockState.LATE : ClockState.MET;
            clocks.add(new DisputeClock("接待（服务承诺）", null, due, state, null, p.receptionAt));
        }
        LocalDate planDue = planDue(p, rule);
        if (planDue != null && d.status != DisputeStatus.REFUSED) {
            clocks.add(date("调解方案（服务承诺）", planDue, p.planDate));
        }
        if (rule.serviceFollowUpDays() != null && d.agreementDate != null) {
            clocks.add(date("回访（服务承诺）", d.agreementDate.plusDays(rule.serviceFollowUpDays()), firstVisit));
        }
    }

    private DisputeClock date(String name, LocalDate due, LocalDate done) {
        return new DisputeClock(name, due, null, state(due, done), done, null);
    }

    ClockState state(LocalDate due, LocalDate done) {
        if (done != null) {
            return done.isAfter(due) ? ClockState.LATE : ClockState.MET;
        }
        LocalDate today = today();
        if (today.isAfter(due)) {
            return ClockState.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due).value() <= DUE_SOON_WORKING_DAYS ? ClockState.DUE_SOON : ClockState.RUNNING;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
