package org.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keeping the official calendar: the bundled years are loaded at start, only administrators change
 * it, a year is checked before it replaces the stored one, and a file loads all of its years or none.
 * Uses the years 2095–2099, which no other test touches.
 */
@SpringBootTest
@ActiveProfiles("test")
class CalendarServiceTest {

    @Autowired
    CalendarService calendars;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static CalendarEntry day(String date, DayKind kind, String name) {
        return new CalendarEntry(LocalDate.parse(date), kind, name);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledCalendarIsLoadedAtStart() {
        assertThat(calendar.loadedYears()).contains(2019, 2023, 2024, 2025, 2026).doesNotContain(2027);
        assertThat(calendars.daysOf(2024)).hasSize(36).contains(day("2024-02-18", DayKind.WORKDAY, "春节"));
    }

    @Test
    void onlyAnAdministratorChangesTheCalendar() {
        List<CalendarEntry> year = List.of(day("2095-01-01", DayKind.HOLIDAY, "元旦"));
        assertThatThrownBy(() -> calendars.saveYear(2095, year, "测试")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("只有系统管理员可以维护工作日历");
        SignIn.as(userDetails, "leader");
        assertThatThrownBy(() -> calendars.saveYear(2095, year, "测试")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.importCsv(csv("2095-01-01,HOLIDAY,元旦"), "测试")).isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.isYearLoaded(2095)).isFalse();
    }

    @Test
    void aYearIsCheckedBeforeItReplacesTheStoredOne() {
        SignIn.as(userDetails, "admin");
        assertThatThrownBy(() -> calendars.saveYear(2096, List.of(), "测试")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("2096年的安排为空");
        assertThatThrownBy(() -> calendars.saveYear(2096, List.of(day("2095-12-31", DayKind.HOLIDAY, "跨年")), "测试"))
                .hasMessage("2095-12-31 不属于2096年");
        assertThatThrownBy(() -> calendars.saveYear(2096, List.of(day("2096-01-01", DayKind.HOLIDAY, "元旦"),
                day("2096-01-01", DayKind.HOLIDAY, "元旦")), "测试")).hasMessage("日期重复：2096-01-01");
        // 2096-03-06 is a Tuesday
        assertThatThrownBy(() -> calendars.saveYear(2096, List.of(day("2096-03-06", DayKind.WORKDAY, "调休")), "测试"))
                .hasMessageContaining("不需要登记为调休上班");
        assertThatThrownBy(() -> calendars.saveYear(2101, List.of(day("2101-01-01", DayKind.HOLIDAY, "元旦")), "测试"))
                .hasMessage("年份须在2000至2100之间");
        assertThat(calendar.isYearLoaded(2096)).isFalse();

        // 2096-01-02 is a Monday, 2096-01-07 a Saturday
        calendars.saveYear(2096, List.of(day("2096-01-02", DayKind.HOLIDAY, "元旦"), day("2096-01-07", DayKind.WORKDAY, "元旦")), "测试");
        assertThat(calendar.isYearLoaded(2096)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2096-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2096-01-07"))).as("a Saturday listed as make-up working day").isTrue();

        calendars.saveYear(2096, List.of(day("2096-01-03", DayKind.HOLIDAY, "元旦")), "测试");
        assertThat(calendars.daysOf(2096)).as("the year is replaced, not merged").containsExactly(day("2096-01-03", DayKind.HOLIDAY, "元旦"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2096-01-02"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2096-01-07"))).isFalse();
    }

    @Test
    void aFileLoadsAllOfItsYearsOrNone() {
        SignIn.as(userDetails, "admin");
        // 2098-03-04 is a Tuesday: the second year is wrong, so the first is not kept either
        assertThatThrownBy(() -> calendars.importCsv(csv("date,kind,name\n2097-01-01,HOLIDAY,元旦\n2098-03-04,WORKDAY,错\n"), "测试"))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(calendar.isYearLoaded(2097)).isFalse();
        assertThat(calendars.daysOf(2097)).isEmpty();

        assertThatThrownBy(() -> calendars.importCsv(csv("2097-01-01;HOLIDAY;元旦\n"), "测试")).hasMessageContaining("第1行格式不正确");
        assertThatThrownBy(() -> calendars.importCsv(csv("2097-01-01,FEIERTAG,元旦\n"), "测试")).hasMessageContaining("第1行类型不正确");

        List<Integer> years = calendars.importCsv(csv("\uFEFFdate,kind,name\n2099-01-01,HOLIDAY,元旦\n2099-01-03,WORKDAY,元旦\n2097-01-01,HOLIDAY,元旦\n"), "测试");
        assertThat(years).containsExactly(2097, 2099);
        assertThat(calendar.isYearLoaded(2097)).isTrue();
        assertThat(calendars.daysOf(2099)).hasSize(2);
    }
}
