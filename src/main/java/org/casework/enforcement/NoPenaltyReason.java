package org.casework.enforcement;

import org.casework.base.Labelled;

/** Grounds for not penalising (行政处罚法 第三十三条; 事实不成立: 第五十七条). */
public enum NoPenaltyReason implements Labelled {
    MINOR("轻微"),
    FIRST_OFFENCE("首违不罚"),
    NO_FAULT("无过错"),
    FACTS_NOT_ESTABLISHED("事实不成立");

    private final String label;

    NoPenaltyReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
