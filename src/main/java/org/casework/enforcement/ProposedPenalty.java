package org.casework.enforcement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One penalty of a proposal, a prior notice or a decision (第九条): the type, the amount for a fine or
 * a valued confiscation, and a detail (the goods, the period).
 */
public record ProposedPenalty(PenaltyType type, BigDecimal amount, String detail) {

    public static ProposedPenalty fine(String yuan) {
        return new ProposedPenalty(PenaltyType.FINE, new BigDecimal(yuan), null);
    }

    public static ProposedPenalty warning() {
        return new ProposedPenalty(PenaltyType.WARNING, null, null);
    }

    ProposedPenalty normalised() {
        return new ProposedPenalty(type, Amounts.normal(amount), Texts.clean(detail));
    }

    /** The sum of the amounts of one type (null when none carries an amount). */
    static BigDecimal total(Collection<ProposedPenalty> items, PenaltyType type) {
        return items.stream().filter(i -> i.type() == type).map(ProposedPenalty::amount).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    /** 罚款 5,000.00 元；没收：电动三轮车1辆. */
    public static String describe(List<ProposedPenalty> items) {
        return String.join("；", items.stream().map(ProposedPenalty::text).toList());
    }

    String text() {
        String s = type.label();
        if (detail != null) {
            s += "：" + detail;
        }
        if (amount != null) {
            s += (detail != null ? "，" : "") + org.casework.base.ui.Formats.yuan(amount);
        }
        return s;
    }
}
