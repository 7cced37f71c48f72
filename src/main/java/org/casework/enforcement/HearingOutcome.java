package org.casework.enforcement;

import org.casework.base.Labelled;

/** How a hearing ended (《行政处罚法》第六十四条). */
public enum HearingOutcome implements Labelled {
    HELD("听证已举行"),
    NO_SHOW("当事人无正当理由拒不出席或中途退出，终止听证"),
    WITHDRAWN("当事人撤回听证申请");

    private final String label;

    HearingOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
