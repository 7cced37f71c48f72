package org.casework.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure of the catalogue (spec/figures.md): a definition, never a number. Keys are stable.
 * Every figure carries its Chinese label and a definition in words (what it counts and by which date),
 * shown on hover and printed in the export.
 */
public sealed interface Figure permits Figure.Count, Figure.Sum, Figure.Rate, Figure.Breakdown {

    /** The unit of money: sums in yuan have two decimals. */
    String YUAN = "元";

    String key();

    String label();

    String unit();

    Section section();

    /** What the figure counts and by which date, in Chinese; for a rate its formula. */
    String definition();

    /** 行政执法, 复议应诉, 调解, 信访: the groups of the leaders' screen and the export. */
    enum Section {
        ENFORCEMENT("行政执法"), REMEDIES("行政复议与行政应诉"), MEDIATION("矛盾纠纷调解"), PETITIONS("信访投诉");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The number of records in the set. */
    record Count(String key, String label, String unit, Section section, String definition, RecordSet set)
            implements Figure {
    }

    /** The sum of an amount over the records in the set (yuan with two decimals, or persons). */
    record Sum(String key, String label, String unit, Section section, String definition, RecordSet set,
               String amountExpr) implements Figure {
    }

    /** numerator ÷ denominator, never stored; the formula is printed with it. */
    record Rate(String key, String label, Section section, String formula, RecordSet numerator, RecordSet denominator)
            implements Figure {
        @Override
        public String unit() {
            return "%";
        }

        @Override
        public String definition() {
            return formula;
        }
    }

    /**
     * A split of a parent figure by a code: keys {@code key.CODE}, where {@code key} is the parent's key plus
     * a suffix such as {@code .byProcedure}. Fixed codes (with their Chinese labels, in order) are always
     * present, 0 allowed; other codes (an open list such as a channel) appear when non-zero and are their
     * own label. The set and the amount are the parent's, so the parts add up to the parent.
     * amountExpr null means counting records.
     */
    record Breakdown(String key, String label, String unit, Section section, String definition, RecordSet set,
                     String codeExpr, Map<String, String> codeLabels, String amountExpr) implements Figure {

        public Breakdown {
            codeLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeLabels));
        }

        public List<String> fixedCodes() {
            return List.copyOf(codeLabels.keySet());
        }

        /** The key of the figure this breakdown splits ({@code penalty.decisions} for {@code penalty.decisions.byProcedure}). */
        public String parentKey() {
            return key.substring(0, key.lastIndexOf('.'));
        }

        /** The label of one part: the fixed code's label, or the recorded value itself. */
        public String labelOf(String code) {
            return codeLabels.getOrDefault(code, code);
        }
    }

    static Count count(String key, String label, String unit, Section section, String definition, RecordSet set) {
        return new Count(key, label, unit, section, definition, set);
    }

    static Sum sum(String key, String label, String unit, Section section, String definition, RecordSet set,
                   String amountExpr) {
        return new Sum(key, label, unit, section, definition, set, amountExpr);
    }

    static Rate rate(String key, String label, Section section, String formula, RecordSet numerator,
                     RecordSet denominator) {
        return new Rate(key, label, section, formula, numerator, denominator);
    }

    /** A split of a count by a code. */
    static Breakdown split(Count parent, String suffix, String label, String codeExpr, Map<String, String> codeLabels) {
        return new Breakdown(parent.key() + "." + suffix, label, parent.unit(), parent.section(),
                parent.definition() + "，按" + label + "分列", parent.set(), codeExpr, codeLabels, null);
    }

    /** A split of a sum by a code. */
    static Breakdown split(Sum parent, String suffix, String label, String codeExpr, Map<String, String> codeLabels) {
        return new Breakdown(parent.key() + "." + suffix, label, parent.unit(), parent.section(),
                parent.definition() + "，按" + label + "分列", parent.set(), codeExpr, codeLabels, parent.amountExpr());
    }
}
