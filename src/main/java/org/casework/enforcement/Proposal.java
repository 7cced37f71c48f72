package org.casework.enforcement;

import org.casework.base.Labelled;

/** What the investigation report proposes (调查终结报告的处理意见; [SAMR] 第四十八条、第六十条). */
public enum Proposal implements Labelled {
    PENALTY("给予行政处罚"),
    NO_PENALTY("不予行政处罚"),
    TRANSFER_CRIMINAL("涉嫌犯罪，移送司法机关"),
    TRANSFER_ADMINISTRATIVE("移送其他行政机关");

    private final String label;

    Proposal(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
