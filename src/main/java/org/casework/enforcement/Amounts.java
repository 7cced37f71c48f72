package org.casework.enforcement;

import java.math.BigDecimal;

/** Yuan amounts: scale 2 when they have at most two decimals (others are left for the rules to refuse). */
final class Amounts {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    /** DECIMAL(14,2): at most twelve digits before the point. */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    static BigDecimal normal(BigDecimal amount) {
        if (amount == null || amount.stripTrailingZeros().scale() > 2) {
            return amount;
        }
        return amount.setScale(2);
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : normal(amount);
    }

    static boolean hasAtMostTwoDecimals(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return orZero(a).add(orZero(b));
    }
}
