package org.casework.calendar.ui;

import java.time.LocalDate;
import org.casework.base.ui.Formats;

/** Dates with their weekday, the Chinese way: 2024年2月10日（星期六）. */
final class DayTexts {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private DayTexts() {
    }

    static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    static String withWeekday(LocalDate date) {
        return Formats.date(date) + "（" + weekday(date) + "）";
    }
}
