package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.calendar.TestCalendars;
import org.casework.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * The one case clock over the official calendar: working-day periods across the Spring Festival and
 * National Day with their make-up working days, calendar-day periods ending on a holiday, and the
 * 90-day decision clock with pauses and extensions.
 */
class CaseClockTest {

    static final WorkCalendar CALENDAR = TestCalendars.bundled();
    final CaseClock clock = new CaseClock(CALENDAR);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void defenceWindowAcrossTheSpringFestivalCountsTheMakeUpSunday() {
        // Thu 2024-02-08: Fri 9 (1), 10..17 off, Sun 18 make-up (2), Mon 19 (3), Tue 20 (4), Wed 21 (5)
        assertThat(DeadlineRule.DEFENCE_WINDOW.dueFrom(CALENDAR, d("2024-02-08")).value()).isEqualTo(d("2024-02-21"));
    }

    @Test
    void defenceWindowAcrossNationalDay2025() {
        // Fri 2025-09-26: Sun 28 make-up (1), Mon 29 (2), Tue 30 (3), Oct 1..8 off, Thu 9 (4), Fri 10 (5)
        assertThat(DeadlineRule.DEFENCE_WINDOW.dueFrom(CALENDAR, d("2025-09-26")).value()).isEqualTo(d("2025-10-10"));
        // a configured window of 3 working days: Sun 28 (make-up), Mon 29, Tue 30
        assertThat(DeadlineRule.DEFENCE_WINDOW.dueFrom(CALENDAR, d("2025-09-26"), 3).value()).isEqualTo(d("2025-09-30"));
    }

    @Test
    void publicationAcrossNationalDay2024CountsTheMakeUpSaturday() {
        // Mon 2024-09-30: Oct 1..7 off, Tue 8 (1) .. Fri 11 (4), Sat 12 make-up (5), Mon 14 (6), Tue 15 (7)
        assertThat(DeadlineRule.PUBLICATION.dueFrom(CALENDAR, d("2024-09-30")).value()).isEqualTo(d("2024-10-15"));
    }

    @Test
    void leadCheckAcrossTheSpringFestival2025AndItsExtension() {
        // Mon 2025-01-20: 21..24 (4), Sun 26 make-up (5), Mon 27 (6), 28..Feb 4 off, Feb 5..7 (9), Sat 8 make-up (10), 10..14 (15)
        assertThat(DeadlineRule.LEAD_CHECK.dueFrom(CALENDAR, d("2025-01-20")).value()).isEqualTo(d("2025-02-14"));
        assertThat(DeadlineRule.LEAD_CHECK.dueFrom(CALENDAR, d("2025-01-20"), 30).value()).isEqualTo(d("2025-03-07"));
    }

    @Test
    void calendarDayPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
        // served 2025-09-16 + 15 days = Wed Oct 1 (National Day) -> Thu Oct 9
        assertThat(DeadlineRule.PAYMENT.dueFrom(CALENDAR, d("2025-09-16")).value()).isEqualTo(d("2025-10-09"));
        // seizure 30 days from 2025-01-05 = Tue Feb 4 (Spring Festival) -> Wed Feb 5
        assertThat(DeadlineRule.SEIZURE.dueFrom(CALENDAR, d("2025-01-05")).value()).isEqualTo(d("2025-02-05"));
        // three months after 2025-07-01 = Wed Oct 1 -> Thu Oct 9
        assertThat(DeadlineRule.COURT_APPLICATION.dueFrom(CALENDAR, d("2025-07-01")).value()).isEqualTo(d("2025-10-09"));
    }

    @Test
    void decisionPeriodIsNinetyCalendarDaysAcrossTheSpringFestivalWithoutShifting() {
        DecisionClock c = clock.decisionClock(d("2025-01-02"), null, List.of(), List.of(), d("2025-02-10"));
        assertThat(c.dueDate()).isEqualTo(d("2025-04-02"));
        assertThat(c.day()).isEqualTo(39);
        assertThat(c.daysLeft()).isEqualTo(51);
        assertThat(c.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void pausesAreNotCountedAndShowWhileRunning() {
        Pause hearing = new Pause(1L, PauseKind.HEARING, d("2025-02-10"), d("2025-02-20"), "当事人要求听证");
        DecisionClock after = clock.decisionClock(d("2025-01-02"), null, List.of(hearing), List.of(), d("2025-03-03"));
        assertThat(after.pausedDays()).isEqualTo(10);
        assertThat(after.dueDate()).isEqualTo(d("2025-04-12"));
        assertThat(after.day()).isEqualTo(50);
        assertThat(clock.dateOfDay(d("2025-01-02"), List.of(hearing), 60, d("2025-03-03"))).isEqualTo(d("2025-03-13"));

        Pause suspension = new Pause(2L, PauseKind.SUSPENSION, d("2025-03-01"), null, "等待鉴定结论");
        DecisionClock running = clock.decisionClock(d("2025-01-02"), null, List.of(hearing, suspension), List.of(), d("2025-03-05"));
        assertThat(running.paused()).isTrue();
        assertThat(running.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(running.pausedDays()).isEqualTo(10 + 5);    // Mar 1..5 so far
        assertThat(running.warnings()).anyMatch(w -> w.contains("暂停计算") && w.contains("中止调查"));
        // a running pause counts as ending after today for the timers, which the workflow holds meanwhile
        assertThat(clock.dateOfDay(d("2025-01-02"), List.of(hearing, suspension), 80, d("2025-03-05"))).isEqualTo(d("2025-04-07"));
    }

    @Test
    void surchargeAndReconsiderationPausesDoNotStopTheDecisionClock() {
        Pause reconsideration = new Pause(3L, PauseKind.RECONSIDERATION, d("2025-02-01"), null, "当事人申请行政复议");
        DecisionClock c = clock.decisionClock(d("2025-01-02"), null, List.of(reconsideration), List.of(), d("2025-03-01"));
        assertThat(c.pausedDays()).isZero();
        assertThat(c.paused()).isFalse();
    }

    @Test
    void extensionsByTheHeadAndByCollectiveDiscussionAddUp() {
        Extension head = new Extension(30, ExtensionVia.HEAD, d("2025-03-20"), "head", "刘洋", "案情复杂");
        Extension discussion = new Extension(20, ExtensionVia.COLLECTIVE_DISCUSSION, d("2025-04-25"), "head", "刘洋", "待检测");
        DecisionClock c = clock.decisionClock(d("2025-01-02"), null, List.of(), List.of(head, discussion), d("2025-05-01"));
        assertThat(c.extensionDays()).isEqualTo(50);
        assertThat(c.dueDate()).isEqualTo(d("2025-05-22"));
        assertThat(c.headExtensionUsed()).isTrue();
        assertThat(c.warnings()).anyMatch(w -> w.contains("第80日"));
    }

    @Test
    void statesTurnAmberThreeWorkingDaysAheadCountingMakeUpDaysAndRedWhenOverdue() {
        // due Tue 2025-02-11; on Fri Feb 7: Sat 8 (make-up), Mon 10, Tue 11 = 3 working days left
        assertThat(clock.stateOn(d("2025-02-07"), d("2025-02-11"))).isEqualTo(DeadlineState.DUE_SOON);
        // on Thu Feb 6: 4 working days left
        assertThat(clock.stateOn(d("2025-02-06"), d("2025-02-11"))).isEqualTo(DeadlineState.OPEN);
        assertThat(clock.stateOn(d("2025-02-12"), d("2025-02-11"))).isEqualTo(DeadlineState.OVERDUE);
        DecisionClock overdue = clock.decisionClock(d("2025-01-02"), null, List.of(), List.of(), d("2025-04-05"));
        assertThat(overdue.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(overdue.warnings()).anyMatch(w -> w.contains("已超期3日") && w.contains("第六十条"));
        DecisionClock late = clock.decisionClock(d("2025-01-02"), d("2025-04-03"), List.of(), List.of(), d("2025-05-01"));
        assertThat(late.state()).isEqualTo(DeadlineState.MET_LATE);
    }

    @Test
    void lateSurchargeIsThreePercentADayCappedAtTheFineAndPausedDuringReconsideration() {
        BigDecimal fine = new BigDecimal("1000");
        List<Instalment> due = List.of(new Instalment(d("2025-03-31"), fine));
        assertThat(Payments.surcharge(fine, fine, due, List.of(), List.of(), d("2025-04-10"))).isEqualByComparingTo("300.00");
        Pause reconsideration = new Pause(1L, PauseKind.RECONSIDERATION, d("2025-04-03"), d("2025-04-08"), null);
        assertThat(Payments.surcharge(fine, fine, due, List.of(), List.of(reconsideration), d("2025-04-10"))).isEqualByComparingTo("150.00");
        assertThat(Payments.surcharge(fine, fine, due, List.of(), List.of(), d("2025-06-30"))).isEqualByComparingTo("1000.00");
        PenaltyPayment half = new PenaltyPayment(d("2025-04-05"), new BigDecimal("500"), BigDecimal.ZERO);
        // 5 days on 1000 (Apr 1..5), 5 days on 500 (Apr 6..10)
        assertThat(Payments.surcharge(fine, fine, due, List.of(half), List.of(), d("2025-04-10"))).isEqualByComparingTo("225.00");
        List<Instalment> two = List.of(new Instalment(d("2025-03-31"), new BigDecimal("500")), new Instalment(d("2025-04-30"), new BigDecimal("500")));
        assertThat(Payments.surcharge(fine, fine, two, List.of(), List.of(), d("2025-04-10"))).isEqualByComparingTo("150.00");
    }
}
