package org.casework.enforcement;

import org.casework.base.Labelled;

/** Why a case is closed (结案, [SAMR] 第七十七条). */
public enum ClosingReason implements Labelled {
    EXECUTED("行政处罚决定执行完毕"),
    ENFORCEMENT_TERMINATED("人民法院裁定终结执行"),
    INVESTIGATION_TERMINATED("案件终止调查"),
    NO_PENALTY("决定不予行政处罚"),
    TRANSFERRED("移送司法机关或其他行政机关"),
    NOT_PAYABLE("决定无需缴纳罚没款，已履行完毕");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
