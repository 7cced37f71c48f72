package org.casework.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/**
 * A computed figure: a count or a sum, or a rate with its numerator, denominator and formula
 * (value null when the denominator is 0). Rates are shown as percentages with one decimal, rounded
 * half up from the exact fraction (4555/4621 → 98.6%). In JSON, {@code value} is always present
 * (null for a rate without denominator); the rate fields only for rates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "numerator", "denominator", "unit", "formula"})
public record FigureValue(@JsonInclude(JsonInclude.Include.ALWAYS) Number value, String unit, Long numerator,
                          Long denominator, String formula) {

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

    @JsonIgnore
    public boolean isRate() {
        return numerator != null;
    }

    /** The rate as an exact fraction with enough digits to compare (null without denominator). */
    @JsonIgnore
    public BigDecimal exactRate() {
        if (!isRate() || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_UP);
    }

    /** The rate in percent, one decimal, half up from the exact fraction (null without denominator). */
    @JsonIgnore
    public BigDecimal percent() {
        if (!isRate() || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "98.6%" for a rate (half up from the exact fraction), "—" without a denominator. */
    public String percentText() {
        if (!isRate()) {
            return "";
        }
        BigDecimal percent = percent();
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    /** A count or a sum as a number (0 for a rate). */
    @JsonIgnore
    public BigDecimal amount() {
        if (isRate() || value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
    }

    /** The number shown on screen: the count, the amount with two decimals, or the percentage. */
    public String displayText() {
        if (isRate()) {
            return percentText();
        }
        if (value instanceof BigDecimal amount) {
            return new DecimalFormat("#,##0.00").format(amount);
        }
        return String.valueOf(value);
    }

    /** Whether two computations of the same figure give the same result (a rate: same numerator and denominator). */
    public boolean sameAs(FigureValue other) {
        if (other == null) {
            return false;
        }
        if (isRate() || other.isRate()) {
            return java.util.Objects.equals(numerator, other.numerator) && java.util.Objects.equals(denominator, other.denominator);
        }
        return amount().compareTo(other.amount()) == 0;
    }
}
