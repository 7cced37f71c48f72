package org.casework.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casework.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Petition periods across the Spring Festival and National Day (the official calendar the application
 * loads): calendar days from the day after the start; a last day that is a day off moves to the next
 * working day; a weekend made a working day by 调休 stays the last day.
 */
@SpringBootTest
@ActiveProfiles("test")
class PetitionCalendarTest {

    @Autowired PetitionCalendar periods;
    @Autowired WorkCalendar workCalendar;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void theAcknowledgementPeriodEndingInTheSpringFestivalEndsOnTheMakeUpSunday() {
        // 2024-01-27 + 15 = Sun 02-11 (春节 02-10…02-17); Sun 02-18 is a make-up working day
        assertThat(periods.end(d(2024, 1, 27), PetitionDeadline.ACKNOWLEDGEMENT).value()).isEqualTo(d(2024, 2, 18));
        // 2025-01-16 + 15 = Fri 01-31 (春节 01-28…02-04): the next working day is Wed 02-05
        assertThat(periods.end(d(2025, 1, 16), PetitionDeadline.ACKNOWLEDGEMENT).value()).isEqualTo(d(2025, 2, 5));
    }

    @Test
    void theClosingPeriodEndingInNationalDayMovesPastTheHoliday() {
        // 2024-08-02 + 60 = Tue 10-01 (国庆 10-01…10-07) → Tue 10-08
        assertThat(periods.end(d(2024, 8, 2), PetitionDeadline.CLOSING).value()).isEqualTo(d(2024, 10, 8));
        // a petition registered on a holiday: 2024-09-16 (中秋) + 15 = 10-01 → 10-08
        assertThat(periods.end(d(2024, 9, 16), PetitionDeadline.ACKNOWLEDGEMENT).value()).isEqualTo(d(2024, 10, 8));
        // an ordinary period ending on a working day stays: 2024-06-03 + 60 = Fri 08-02
        assertThat(periods.end(d(2024, 6, 3), PetitionDeadline.CLOSING).value()).isEqualTo(d(2024, 8, 2));
    }

    @Test
    void theExtendedPeriodAndTheReviewPeriodsMoveOffHolidaysToo() {
        // 90 days from 2024-11-03 = Sat 2025-02-01 (春节) → Wed 02-05
        assertThat(periods.extendedEnd(d(2024, 11, 3)).value()).isEqualTo(d(2025, 2, 5));
        // review window: reply on 2025-09-08 + 30 = Wed 10-08 (国庆中秋 10-01…10-08) → Thu 10-09
        assertThat(periods.end(d(2025, 9, 8), PetitionDeadline.REVIEW_REQUEST).value()).isEqualTo(d(2025, 10, 9));
        // review answer: request on 2025-09-01 + 30 = Wed 10-01 → Thu 10-09
        assertThat(periods.end(d(2025, 9, 1), PetitionDeadline.REVIEW).value()).isEqualTo(d(2025, 10, 9));
        // re-examination ending on a plain Saturday: 2024-05-02 + 30 = Sat 06-01 → Mon 06-03
        assertThat(periods.end(d(2024, 5, 2), PetitionDeadline.REEXAMINATION).value()).isEqualTo(d(2024, 6, 3));
    }

    @Test
    void theWarningComesWhenThreeWorkingDaysAreLeftSkippingTheHoliday() {
        // due Tue 2024-10-08: the working days left are 10-08, 09-30 and Sun 09-29 (调休), from Fri 09-27 on
        assertThat(periods.warningDay(d(2024, 10, 8))).isEqualTo(d(2024, 9, 27));
        // due Wed 2024-02-21: 02-19, 02-20, 02-21 are left from the make-up Sunday 02-18 on
        assertThat(periods.warningDay(d(2024, 2, 21))).isEqualTo(d(2024, 2, 18));
        // due Wed 2024-06-05: Mon, Tue, Wed are left from Fri 05-31 on
        assertThat(periods.warningDay(d(2024, 6, 5))).isEqualTo(d(2024, 5, 31));
    }

    @Test
    void aClockIsAmberWithThreeWorkingDaysLeftAndRedWhenOverdue() {
        PetitionCalendar onFriday = new PetitionCalendar(workCalendar,
                Clock.fixed(d(2024, 5, 31).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
        assertThat(onFriday.clock(PetitionDeadline.CLOSING, d(2024, 6, 5), null).state()).isEqualTo(PetitionClock.State.DUE_SOON);
        assertThat(onFriday.clock(PetitionDeadline.CLOSING, d(2024, 6, 6), null).state()).isEqualTo(PetitionClock.State.RUNNING);
        assertThat(onFriday.clock(PetitionDeadline.CLOSING, d(2024, 5, 30), null))
                .satisfies(c -> assertThat(c.state()).isEqualTo(PetitionClock.State.OVERDUE))
                .satisfies(c -> assertThat(c.daysLeft()).isEqualTo(-1));
        assertThat(onFriday.clock(PetitionDeadline.CLOSING, d(2024, 5, 30), d(2024, 5, 31)).state())
                .isEqualTo(PetitionClock.State.MET_LATE);
        assertThat(onFriday.clock(PetitionDeadline.CLOSING, d(2024, 6, 5), d(2024, 5, 31)).state()).isEqualTo(PetitionClock.State.MET);
    }
}
