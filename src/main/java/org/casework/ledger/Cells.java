package org.casework.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How ledger cells are written (spec/ledger-import.md, "Files"), one value at a time. Each method
 * returns the value or throws {@link Invalid} with the Chinese reason, which the caller puts after
 * the column and the cell's text.
 */
final class Cells {

    /** A cell that is not written the way its column requires. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    static final String DATE_HINT = "应写作 2020-05-31 或 2020/5/31";
    static final String AMOUNT_HINT = "应写作以元为单位的数字，最多两位小数，不带千位分隔符，如 52600 或 52600.00";

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d{1,2})?");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[;；]");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、;；]");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private Cells() {
    }

    /**
     * One date: 2020-05-31, 2020/5/31 (a time of day after it is ignored), or, in a workbook, a
     * date cell or an Excel date serial number.
     */
    static LocalDate date(String text, boolean numberCell) throws Invalid {
        if (DATE_SEPARATORS.matcher(text).find()) {
            throw new Invalid("此列只能填写一个日期（几个日期以分号分隔只适用于集体讨论日期、陈述申辩日期和回访日期）");
        }
        if (numberCell && NUMBER.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (serial < 1 || !DateUtil.isValidExcelDate(serial)) {
                throw new Invalid("不是有效的日期，" + DATE_HINT);
            }
            return plausible(DateUtil.getLocalDateTime(serial).toLocalDate());
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new Invalid("不是有效的日期，" + DATE_HINT);
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (DateTimeException e) {
            throw new Invalid("不是有效的日期（日历上没有这一天），" + DATE_HINT);
        }
    }

    /** Several dates separated by ; (empty parts are skipped), in the order written. */
    static List<LocalDate> dates(String text, boolean numberCell) throws Invalid {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : DATE_SEPARATORS.split(text)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                dates.add(date(p, numberCell));
            } catch (Invalid e) {
                throw new Invalid("其中“" + p + "”" + e.getMessage() + "；几个日期之间用分号 ; 分隔");
            }
        }
        return dates;
    }

    /** Yuan, at most two decimals, no thousands separators, not negative; scale 2. */
    static BigDecimal amount(String text, boolean numberCell) throws Invalid {
        if (text.startsWith("-")) {
            throw new Invalid("金额不能为负数");
        }
        if (numberCell && NUMBER.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
            if (value.subtract(rounded).abs().compareTo(TOLERANCE) > 0) {
                throw new Invalid("金额最多两位小数");
            }
            return bounded(rounded);
        }
        if (text.contains(",") || text.contains("，")) {
            throw new Invalid("金额不能带千位分隔符，" + AMOUNT_HINT);
        }
        if (NUMBER.matcher(text).matches() && !AMOUNT.matcher(text).matches()) {
            throw new Invalid("金额最多两位小数");
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new Invalid("不是有效的金额，" + AMOUNT_HINT);
        }
        return bounded(new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** 是 or 否. */
    static boolean yesNo(String text) throws Invalid {
        return switch (text) {
            case "是" -> true;
            case "否" -> false;
            default -> throw new Invalid("应填写“是”或“否”（空白视为否）");
        };
    }

    /** A whole number ≥ 0. */
    static int integer(String text) throws Invalid {
        if (!text.matches("\\d{1,9}")) {
            throw new Invalid("应为不小于 0 的整数");
        }
        return Integer.parseInt(text);
    }

    /** The items of a list separated by 、 or ; (blank items skipped, repeats dropped). */
    static List<String> list(String text) {
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (String part : LIST_SEPARATORS.split(text)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                items.add(p);
            }
        }
        return List.copyOf(items);
    }

    private static LocalDate plausible(LocalDate date) throws Invalid {
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw new Invalid("年份不在 1900–2100 之间，请检查是否写错");
        }
        return date;
    }

    private static BigDecimal bounded(BigDecimal amount) throws Invalid {
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new Invalid("金额过大");
        }
        return amount;
    }
}
