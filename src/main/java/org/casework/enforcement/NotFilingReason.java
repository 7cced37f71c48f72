package org.casework.enforcement;

import org.casework.base.Labelled;

/** Why a lead is not filed (不予立案; [SAMR] 第二十条, 《行政处罚法》第三十三条、第三十六条). */
public enum NotFilingReason implements Labelled {
    MINOR("违法行为轻微并及时改正，没有造成危害后果"),
    FIRST_OFFENCE("初次违法且危害后果轻微并及时改正（首违不罚）"),
    NO_FAULT("当事人有证据足以证明没有主观过错"),
    NO_EVIDENCE("无证据初步证明存在违法行为"),
    NOT_PUNISHABLE("依法不应当给予行政处罚"),
    NO_JURISDICTION("不属于本机关管辖"),
    LIMITATION_EXPIRED("超过给予行政处罚的期限");

    private final String label;

    NotFilingReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The ground recorded as 不予处罚理由 where the two lists agree (首违不罚 counts in the figures). */
    NoPenaltyReason asNoPenaltyReason() {
        return switch (this) {
            case MINOR -> NoPenaltyReason.MINOR;
            case FIRST_OFFENCE -> NoPenaltyReason.FIRST_OFFENCE;
            case NO_FAULT -> NoPenaltyReason.NO_FAULT;
            case NO_EVIDENCE -> NoPenaltyReason.FACTS_NOT_ESTABLISHED;
            default -> null;
        };
    }
}
