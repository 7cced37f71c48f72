package org.casework.reporting;

import java.util.Locale;
import org.casework.base.BusinessRuleException;

/**
 * The records behind one figure key (or one side of a rate, or one part of a breakdown), with the
 * amount a drill-down list shows for each record: exactly the records the figure counts or sums.
 *
 * @param set        the record set of the figure
 * @param amountExpr the amount a sum adds up; null for a count (the listing's own amount is shown then)
 * @param summed     whether the figure is the sum of {@code amountExpr} over the set
 * @param codeExpr   for a part of a breakdown: the code expression; else null
 * @param code       for a part of a breakdown: the code; else null
 */
record Selection(RecordSet set, String amountExpr, boolean summed, String codeExpr, String code) {

    static final String NUMERATOR = "numerator";
    static final String DENOMINATOR = "denominator";

    /** The selection for a resolved key and, for a rate, its side ("numerator" or "denominator"). */
    static Selection of(FigureCatalog.Resolved resolved, String side) {
        Figure figure = resolved.figure();
        String normalisedSide = side == null || side.isBlank() ? null : side.trim().toLowerCase(Locale.ROOT);
        if (!(figure instanceof Figure.Rate) && normalisedSide != null) {
            throw new BusinessRuleException("side", "只有比率指标可以分别查看分子或分母：" + figure.key());
        }
        if (figure instanceof Figure.Count c) {
            return new Selection(c.set(), null, false, null, null);
        }
        if (figure instanceof Figure.Sum s) {
            return new Selection(s.set(), s.amountExpr(), true, null, null);
        }
        if (figure instanceof Figure.Breakdown b) {
            boolean summed = b.amountExpr() != null;
            return resolved.code() == null
                    ? new Selection(b.set(), b.amountExpr(), summed, null, null)
                    : new Selection(b.set(), b.amountExpr(), summed, b.codeExpr(), resolved.code());
        }
        Figure.Rate r = (Figure.Rate) figure;
        if (normalisedSide == null || NUMERATOR.equals(normalisedSide)) {
            return new Selection(r.numerator(), null, false, null, null);
        }
        if (DENOMINATOR.equals(normalisedSide)) {
            return new Selection(r.denominator(), null, false, null, null);
        }
        throw new BusinessRuleException("side", "side 只能是 numerator（分子）或 denominator（分母）");
    }

    /** The amount shown for each record: what a sum adds up, else the record's own amount (or none). */
    String shownAmount() {
        return amountExpr != null ? amountExpr : set.listing().amountExpr();
    }

    /** The full predicate without the organisation filter (may use {@code :code}). */
    String predicate() {
        return code == null ? set.predicate() : set.predicate() + " AND " + codeExpr + " = :code";
    }
}
