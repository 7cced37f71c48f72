package org.casework.enforcement;

import org.casework.base.Labelled;

/** Legal review (法制审核, 《行政处罚法》第五十八条) or case review (案件审核, [SAMR] 第五十二条). */
public enum ReviewKind implements Labelled {
    LEGAL("法制审核"),
    CASE("案件审核");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
