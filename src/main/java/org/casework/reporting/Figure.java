package org.casework.reporting;

import java.util.List;

/**
 * A figure of the catalogue (spec/figures.md): a definition, never a number. Keys are stable.
 */
public sealed interface Figure permits Figure.Count, Figure.Sum, Figure.Rate, Figure.Breakdown {

    String key();

    String label();

    String unit();

    Section section();

    /** 行政执法, 复议应诉, 调解, 信访: the groups of the leaders' screen and the export. */
    enum Section {
        ENFORCEMENT("行政执法"), REMEDIES("行政复议与应诉"), MEDIATION("矛盾纠纷调解"), PETITIONS("信访投诉");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The number of records in the set. */
    record Count(String key, String label, String unit, Section section, RecordSet set) implements Figure {
    }

    /** The sum of an amount over the records in the set (yuan, two decimals). */
    record Sum(String key, String label, String unit, Section section, RecordSet set, String amountExpr) implements Figure {
    }

    /** numerator ÷ denominator, never stored; the formula is printed with it. */
    record Rate(String key, String label, Section section, RecordSet numerator, RecordSet denominator, String formula)
            implements Figure {
        @Override
        public String unit() {
            return "%";
        }
    }

    /**
     * A split of a parent figure by a code: keys {@code prefix.CODE}. Fixed codes are always present
     * (0 allowed); other codes (an open list such as a channel) appear when non-zero.
     * amountExpr null means counting records.
     */
    record Breakdown(String key, String label, String unit, Section section, RecordSet set, String codeExpr,
                     List<String> fixedCodes, String amountExpr) implements Figure {
    }
}
