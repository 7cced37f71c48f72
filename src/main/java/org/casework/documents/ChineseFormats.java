package org.casework.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Money and dates as documents write them: 人民币伍万贰仟捌佰元整（¥52,800.00）, 二〇二四年二月四日.
 */
public final class ChineseFormats {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] DIGIT_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] SECTION_UNITS = {"", "万", "亿", "万亿"};
    private static final String SIMPLE_DIGITS = "〇一二三四五六七八九";

    private ChineseFormats() {
    }

    /** 52800 → 伍万贰仟捌佰元整; 0.5 → 伍角; 1005.07 → 壹仟零伍元零柒分. */
    public static String capitals(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数：" + amount);
        }
        long cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        if (cents == 0) {
            return "零元整";
        }
        StringBuilder sb = new StringBuilder();
        if (yuan > 0) {
            sb.append(integerCapitals(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS.charAt(fen)).append('分');
        } else {
            sb.append('整');
        }
        return sb.toString();
    }

    /** 人民币伍万贰仟捌佰元整. */
    public static String rmbCapitals(BigDecimal amount) {
        return amount == null ? "" : "人民币" + capitals(amount);
    }

    /** ¥52,800.00. */
    public static String figures(BigDecimal amount) {
        return amount == null ? "" : "¥" + new DecimalFormat("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** 人民币伍万贰仟捌佰元整（¥52,800.00）: an amount the way a decision states it. */
    public static String amount(BigDecimal amount) {
        return amount == null ? "" : rmbCapitals(amount) + "（" + figures(amount) + "）";
    }

    /** 2024-02-04 → 二〇二四年二月四日. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(date.getYear()).toCharArray()) {
            sb.append(SIMPLE_DIGITS.charAt(c - '0'));
        }
        return sb.append('年').append(small(date.getMonthValue())).append('月').append(small(date.getDayOfMonth())).append('日')
                .toString();
    }

    /** 2024-02-04 → 2024年2月4日. */
    public static String numericDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2024-02-04T09:30 → 2024年2月4日9时30分. */
    public static String numericDateTime(LocalDateTime t) {
        return t == null ? "" : numericDate(t.toLocalDate()) + t.getHour() + "时" + (t.getMinute() < 10 ? "0" : "") + t.getMinute() + "分";
    }

    /** 5 → 五; 15 → 十五; 60 → 六十: day counts in legal sentences. */
    public static String small(int n) {
        if (n < 0 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return n == 0 ? "零" : String.valueOf("一二三四五六七八九".charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : "一二三四五六七八九".charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + "一二三四五六七八九".charAt(n % 10 - 1);
    }

    private static String integerCapitals(long value) {
        StringBuilder sb = new StringBuilder();
        String s = Long.toString(value);
        int sections = (s.length() + 3) / 4;
        boolean zeroPending = false;
        for (int i = sections - 1; i >= 0; i--) {
            int section = (int) (value / pow10000(i) % 10000);
            if (section == 0) {
                zeroPending = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (zeroPending || section < 1000)) {
                sb.append('零');
            }
            sb.append(sectionCapitals(section)).append(SECTION_UNITS[i]);
            zeroPending = false;
        }
        return sb.toString();
    }

    private static String sectionCapitals(int section) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = section / (int) Math.pow(10, pos) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(DIGITS.charAt(d)).append(DIGIT_UNITS[pos]);
            }
        }
        return sb.toString();
    }

    private static long pow10000(int i) {
        long p = 1;
        for (int k = 0; k < i; k++) {
            p *= 10000;
        }
        return p;
    }
}
