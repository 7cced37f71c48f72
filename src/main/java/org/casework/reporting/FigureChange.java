package org.casework.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/**
 * A figure whose computation today differs from the frozen value: both values and the difference
 * (a count or sum: now − frozen; a rate: the difference in percentage points, one decimal, half up).
 * A value that is absent (an open breakdown part that is zero) is 0.
 */
public record FigureChange(String key, String label, FigureValue frozen, FigureValue now) {

    public String differenceText() {
        return difference(frozen, now);
    }

    /** "+3", "−1,200.00", "+2.5个百分点"; "" when the two are the same. */
    public static String difference(FigureValue before, FigureValue after) {
        if (before == null && after == null) {
            return "";
        }
        boolean rate = before != null ? before.isRate() : after.isRate();
        if (rate) {
            BigDecimal a = before == null ? null : before.exactRate();
            BigDecimal b = after == null ? null : after.exactRate();
            if (a == null || b == null) {
                return a == b ? "" : "—";
            }
            BigDecimal points = b.subtract(a).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
            return signed(points, points.toPlainString()) + "个百分点";
        }
        BigDecimal a = before == null ? BigDecimal.ZERO : before.amount();
        BigDecimal b = after == null ? BigDecimal.ZERO : after.amount();
        BigDecimal diff = b.subtract(a);
        boolean money = (after != null ? after.value() : before.value()) instanceof BigDecimal;
        String text = money ? new DecimalFormat("#,##0.00").format(diff.abs()) : diff.abs().toPlainString();
        return signed(diff, text);
    }

    private static String signed(BigDecimal value, String text) {
        String plain = text.startsWith("-") ? text.substring(1) : text;
        return value.signum() > 0 ? "+" + plain : value.signum() < 0 ? "−" + plain : "±0";
    }
}
