package org.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day clock over the bundled official calendar (2019–2026): holidays, make-up working
 * days on weekends (调休上班), counting across them, and the warning for a year not loaded.
 */
class WorkCalendarTest {

    private final WorkCalendar calendar = BundledCalendarStore.workCalendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void springFestival2024() {
        assertThat(calendar.isWorkingDay(d("2024-02-04"))).as("Sunday 02-04 is a make-up working day").isTrue();
        assertThat(calendar.isWorkingDay(d("2024-02-18"))).as("Sunday 02-18 is a make-up working day").isTrue();
        for (LocalDate day = d("2024-02-10"); !day.isAfter(d("2024-02-17")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day + " is a day off").isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2024-02-09"))).as("Friday before the festival").isTrue();
        assertThat(calendar.isWorkingDay(d("2024-02-03"))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void nationalDayWeek2024() {
        assertThat(calendar.isWorkingDay(d("2024-09-29"))).as("Sunday 09-29 is a make-up working day").isTrue();
        assertThat(calendar.isWorkingDay(d("2024-10-12"))).as("Saturday 10-12 is a make-up working day").isTrue();
        for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day + " is a day off").isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2024-10-08"))).isTrue();
    }

    @Test
    void midAutumnAndNationalDay2023() {
        for (LocalDate day = d("2023-09-29"); !day.isAfter(d("2023-10-06")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day + " is a day off").isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2023-10-07"))).as("Saturday 10-07 is a make-up working day").isTrue();
        assertThat(calendar.isWorkingDay(d("2023-10-08"))).as("Sunday 10-08 is a make-up working day").isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Thursday before the Spring Festival: Fri 02-09, (02-10..17 off), Sun 02-18, Mon 19, Tue 20, Wed 21
            "2024-02-08, 5, 2024-02-21",
            // the first day off itself as the start: Sun 02-18 is the first working day after it
            "2024-02-10, 1, 2024-02-18",
            // Friday before National Day: Sun 09-29, Mon 09-30, (10-01..07 off), Tue 10-08
            "2024-09-27, 3, 2024-10-08",
            // the 7-working-day publication window across National Day and the make-up Saturday 10-12
            "2024-09-30, 7, 2024-10-15",
            // 2023: Thu 09-28, (09-29..10-06 off), Sat 10-07 is a make-up working day
            "2023-09-27, 2, 2023-10-07",
            // an ordinary week
            "2024-03-04, 5, 2024-03-11",
            // zero days: the start itself
            "2024-02-10, 0, 2024-02-10"
    })
    void addWorkingDaysAcrossHolidays(String start, int n, String expected) {
        Computed<LocalDate> due = calendar.addWorkingDays(d(start), n);
        assertThat(due.value()).isEqualTo(d(expected));
        assertThat(due.warnings()).isEmpty();
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2024-02-08"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
        assertThat(calendar.workingDaysBetween(d("2024-02-08"), d("2024-02-21")).value()).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2024-09-30"), d("2024-10-08")).value()).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d("2024-10-01"), d("2024-10-07")).value()).as("the whole holiday").isZero();
        assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-10-08")).value()).isZero();
        assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-10-01")).value()).as("end before start").isZero();
    }

    @Test
    void countingInto2027WarnsThatTheYearIsNotLoaded() {
        assertThat(calendar.isYearLoaded(2026)).isTrue();
        assertThat(calendar.isYearLoaded(2027)).isFalse();

        Computed<LocalDate> due = calendar.addWorkingDays(d("2026-12-28"), 10);
        assertThat(due.value()).as("counted with ordinary weekends").isEqualTo(d("2027-01-11"));
        assertThat(due.hasWarnings()).isTrue();
        assertThat(due.warnings()).singleElement().asString().contains("2027年").contains("尚未导入");

        assertThat(calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-05")).warnings()).hasSize(1);
        assertThat(calendar.addWorkingDays(d("2026-12-21"), 3).warnings()).as("inside 2026 only").isEmpty();
    }

    @Test
    void endOfCalendarPeriodMovesOffAHoliday() {
        // 15 calendar days from 09-16 end on 10-01, a holiday: the period ends on Tue 10-08
        assertThat(calendar.endOfCalendarPeriod(d("2024-09-16"), 15).value()).isEqualTo(d("2024-10-08"));
        // ending on 02-10 (Spring Festival): the day after the holiday, Sun 02-18, is a make-up working day
        assertThat(calendar.endOfCalendarPeriod(d("2024-02-01"), 9).value()).isEqualTo(d("2024-02-18"));
        // ending on an ordinary Saturday: the following Monday
        assertThat(calendar.endOfCalendarPeriod(d("2024-03-02"), 14).value()).isEqualTo(d("2024-03-18"));
        // ending on a working day: unchanged
        assertThat(calendar.endOfCalendarPeriod(d("2024-03-01"), 60).value()).isEqualTo(d("2024-04-30"));
        assertThat(calendar.endOfCalendarPeriod(d("2026-12-20"), 20).warnings()).isNotEmpty();
    }
}
