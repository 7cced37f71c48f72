package org.casework.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates and amounts the Chinese way: 2024年2月4日, 52,800.00 元. */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    /** DecimalFormat is not thread-safe and costly to build (every step's texts name amounts): one per thread. */
    private static final ThreadLocal<DecimalFormat> YUAN = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00"));

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(ZONE));
    }

    public static String yuan(BigDecimal amount) {
        return amount == null ? "" : YUAN.get().format(amount) + " 元";
    }

    /** A date picker that reads and shows dates the Chinese way. */
    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(chineseDatePicker());
        picker.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        return picker;
    }

    public static DatePicker.DatePickerI18n chineseDatePicker() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"));
        i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
        i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("今天");
        i18n.setCancel("取消");
        i18n.setDateFormat("yyyy-MM-dd");
        i18n.setBadInputErrorMessage("日期格式不正确，请按 2024-02-04 填写");
        return i18n;
    }
}
