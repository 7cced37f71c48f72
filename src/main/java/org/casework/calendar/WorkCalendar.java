package org.casework.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one clock for legal periods counted in working days (《行政处罚法》第八十五条: 二日、三日、五日、七日
 * are working days). A day is a working day when the official calendar lists it as WORKDAY (调休上班),
 * a day off when it lists it as HOLIDAY, and otherwise Monday to Friday. Every computation that touches
 * a year whose notice is not loaded returns a warning.
 */
@Service
public class WorkCalendar {

    private final CalendarStore store;
    private volatile Snapshot snapshot;

    WorkCalendar(CalendarStore store) {
        this.store = store;
    }

    record Snapshot(Map<LocalDate, DayKind> days, NavigableSet<Integer> years) {
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = snapshot().days().get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The date {@code n} working days after {@code start}; the start day itself is not counted. */
    public Computed<LocalDate> addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return new Computed<>(d, warningsFor(start, d));
    }

    /**
     * Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after
     * {@code from}): how many working days of a period have passed, or remain until a due date.
     */
    public Computed<Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return new Computed<>(count, to.isAfter(from) ? warningsFor(from, to) : List.of());
    }

    /**
     * The end of a period of {@code days} calendar days from {@code start}; when it falls on a day
     * off, the period ends on the next working day (民事诉讼法 期间规定, referred to by 行政复议法 第八十八条).
     */
    public Computed<LocalDate> endOfCalendarPeriod(LocalDate start, int days) {
        LocalDate end = start.plusDays(days);
        while (!isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return new Computed<>(end, warningsFor(start, end));
    }

    /** Years whose official holiday notice is loaded. */
    public NavigableSet<Integer> loadedYears() {
        return Collections.unmodifiableNavigableSet(snapshot().years());
    }

    public boolean isYearLoaded(int year) {
        return snapshot().years().contains(year);
    }

    /** The warnings for a computation spanning these dates (inclusive). */
    public List<String> warningsFor(LocalDate from, LocalDate to) {
        LocalDate lo = from.isBefore(to) ? from : to;
        LocalDate hi = from.isBefore(to) ? to : from;
        List<String> warnings = new ArrayList<>();
        for (int y = lo.getYear(); y <= hi.getYear(); y++) {
            if (!isYearLoaded(y)) {
                warnings.add(y + "年的法定节假日安排尚未导入，期限按普通周末推算，可能不准确；请系统管理员在“工作日历”中导入" + y + "年安排。");
            }
        }
        return warnings;
    }

    /**
     * Drops the cached calendar after an administrator changed it: now, and again when the changing
     * transaction ends, so that a read in between (seeing the old rows, or rows later rolled back) is
     * not kept.
     */
    void reload() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = new Snapshot(new ConcurrentHashMap<>(store.allDays()), new TreeSet<>(store.loadedYears()));
                    snapshot = s;
                }
            }
        }
        return s;
    }
}
