package org.casework.enforcement;

import org.casework.base.Labelled;

/** How a penalty case was decided (决定结果). */
public enum PenaltyOutcome implements Labelled {
    PENALTY("处罚"),
    NO_PENALTY("不予处罚"),
    TRANSFER("移送"),
    FILING_WITHDRAWN("撤销立案"),
    NOT_FILED("不予立案");

    private final String label;

    PenaltyOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
