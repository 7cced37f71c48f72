package org.casework.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casework.audit.AuditService;
import org.casework.base.BusinessRuleException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the official calendar: a year's holidays and make-up working days are entered on a
 * screen or loaded from a CSV file ({@code date,kind,name}, as in {@code db/calendar/cn-work-calendar.csv}).
 */
@Service
public class CalendarService {

    private final CalendarStore store;
    private final WorkCalendar calendar;
    private final AuditService audit;

    CalendarService(CalendarStore store, WorkCalendar calendar, AuditService audit) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CalendarEntry> daysOf(int year) {
        return store.daysOf(year);
    }

    /**
     * Replaces a year's listed days and marks the year as loaded. The list must not be empty; each day
     * must be a date of that year, listed once; each WORKDAY must fall on a Saturday or Sunday.
     */
    @Transactional
    public void saveYear(int year, List<CalendarEntry> entries, String source) {
        requireAdmin();
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("year", "年份须在2000至2100之间");
        }
        if (entries.isEmpty()) {
            // an empty year would count as loaded and silence the warning, while every year has official holidays
            throw new BusinessRuleException("entries", year + "年的安排为空：每年都有元旦、春节等法定节假日，请添加后再保存");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry e : entries) {
            validate(e, year);
            if (!seen.add(e.date())) {
                throw new BusinessRuleException("date", "日期重复：" + e.date());
            }
        }
        store.replaceYear(year, entries, currentUser(), source);
        audit.record("导入工作日历", "CalendarYear", year, entries.size() + "条，来源：" + source);
        calendar.reload();
    }

    /** Loads every year of a calendar CSV file. Returns the years loaded. */
    @Transactional
    public List<Integer> importCsv(InputStream csv, String source) {
        requireAdmin();
        Map<Integer, List<CalendarEntry>> byYear = parseCsv(csv);
        for (Map.Entry<Integer, List<CalendarEntry>> e : byYear.entrySet()) {
            saveYear(e.getKey(), e.getValue(), source);
        }
        return new ArrayList<>(byYear.keySet());
    }

    /** Loads the years of the bundled calendar that are not loaded yet (start-up, no user). */
    @Transactional
    public List<Integer> loadMissingYears(InputStream csv, String source) {
        Map<Integer, List<CalendarEntry>> byYear = parseCsv(csv);
        List<Integer> loaded = new ArrayList<>();
        Set<Integer> existing = new HashSet<>(store.loadedYears());
        for (Map.Entry<Integer, List<CalendarEntry>> e : byYear.entrySet()) {
            if (!existing.contains(e.getKey())) {
                e.getValue().forEach(entry -> validate(entry, e.getKey()));
                store.replaceYear(e.getKey(), e.getValue(), "system", source);
                loaded.add(e.getKey());
            }
        }
        calendar.reload();
        return loaded;
    }

    static Map<Integer, List<CalendarEntry>> parseCsv(InputStream csv) {
        Map<Integer, List<CalendarEntry>> byYear = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int row = 0;
            while ((line = reader.readLine()) != null) {
                row++;
                line = line.replace("\uFEFF", "").trim();
                if (line.isEmpty() || (row == 1 && line.startsWith("date"))) {
                    continue;
                }
                String[] cols = line.split(",", 3);
                if (cols.length < 2) {
                    throw new BusinessRuleException("第" + row + "行格式不正确，应为：日期,类型,名称");
                }
                LocalDate date;
                DayKind kind;
                try {
                    date = LocalDate.parse(cols[0].trim());
                } catch (DateTimeParseException e) {
                    throw new BusinessRuleException("第" + row + "行日期格式不正确：" + cols[0] + "（应为 2024-02-10）");
                }
                try {
                    kind = DayKind.valueOf(cols[1].trim().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw new BusinessRuleException("第" + row + "行类型不正确：" + cols[1] + "（应为 HOLIDAY 或 WORKDAY）");
                }
                String name = cols.length > 2 ? cols[2].trim() : null;
                byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(new CalendarEntry(date, kind, name));
            }
        } catch (IOException e) {
            throw new BusinessRuleException("无法读取日历文件：" + e.getMessage());
        }
        return byYear;
    }

    private static void validate(CalendarEntry e, int year) {
        if (e.date() == null || e.kind() == null) {
            throw new BusinessRuleException("date", "日期和类型不能为空");
        }
        if (e.date().getYear() != year) {
            throw new BusinessRuleException("date", e.date() + " 不属于" + year + "年");
        }
        boolean weekend = e.date().getDayOfWeek() == DayOfWeek.SATURDAY || e.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (e.kind() == DayKind.WORKDAY && !weekend) {
            throw new BusinessRuleException("kind", e.date() + " 是工作日，不需要登记为调休上班（只有周六、周日才可能调休上班）");
        }
    }

    private static void requireAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            throw new org.casework.base.AccessDeniedException("只有系统管理员可以维护工作日历");
        }
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
