package org.casework.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A computed figure: a count or a sum, or a rate with its numerator, denominator and formula
 * (value null when the denominator is 0). Rates are shown as percentages with one decimal, rounded
 * half up from the exact fraction (4555/4621 → 98.6%).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureValue(Number value, String unit, Long numerator, Long denominator, String formula) {

    public static FigureValue count(long n, String unit) {
        return new FigureValue(n, unit, null, null, null);
    }

    public static FigureValue sum(BigDecimal amount, String unit) {
        return new FigureValue(amount.setScale(2, RoundingMode.HALF_UP), unit, null, null, null);
    }

    public static FigureValue rate(long numerator, long denominator, String formula) {
        Double value = denominator == 0 ? null : (double) numerator / denominator;
        return new FigureValue(value, "%", numerator, denominator, formula);
    }

    public boolean isRate() {
        return numerator != null;
    }

    /** "98.6%" for a rate (half up from the exact fraction), "—" without a denominator. */
    public String percentText() {
        if (!isRate()) {
            return "";
        }
        if (denominator == 0) {
            return "—";
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The number shown on screen: the count, the amount with two decimals, or the percentage. */
    public String displayText() {
        if (isRate()) {
            return percentText();
        }
        if (value instanceof BigDecimal amount) {
            return new java.text.DecimalFormat("#,##0.00").format(amount);
        }
        return String.valueOf(value);
    }
}
