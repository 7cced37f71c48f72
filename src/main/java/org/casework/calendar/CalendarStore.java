package org.casework.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calendar tables: {@code calendar_day} (listed days) and {@code calendar_year} (loaded years). */
@Repository
class CalendarStore {

    private final JdbcTemplate jdbc;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<LocalDate, DayKind> allDays() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        jdbc.query("SELECT cal_date, day_kind FROM calendar_day",
                rs -> {
                    days.put(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)));
                });
        return days;
    }

    List<Integer> loadedYears() {
        return jdbc.queryForList("SELECT cal_year FROM calendar_year ORDER BY cal_year", Integer.class);
    }

    List<CalendarEntry> daysOf(int year) {
        return jdbc.query("SELECT cal_date, day_kind, name FROM calendar_day WHERE cal_date >= ? AND cal_date < ? ORDER BY cal_date",
                (rs, i) -> new CalendarEntry(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3)),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    /** Replaces one year's listed days and marks the year loaded. */
    void replaceYear(int year, List<CalendarEntry> entries, String by, String source) {
        jdbc.update("DELETE FROM calendar_day WHERE cal_date >= ? AND cal_date < ?",
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        jdbc.batchUpdate("INSERT INTO calendar_day (cal_date, day_kind, name) VALUES (?,?,?)", entries, 200,
                (ps, e) -> {
                    ps.setDate(1, Date.valueOf(e.date()));
                    ps.setString(2, e.kind().name());
                    ps.setString(3, e.name());
                });
        jdbc.update("DELETE FROM calendar_year WHERE cal_year = ?", year);
        jdbc.update("INSERT INTO calendar_year (cal_year, loaded_at, loaded_by, source) VALUES (?,?,?,?)",
                year, Timestamp.from(Instant.now()), by, source);
    }
}
