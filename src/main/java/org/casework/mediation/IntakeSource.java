package org.casework.mediation;

import org.casework.base.Labelled;

/** How a dispute came in (来源, 人民调解法 第十七、十八条). */
public enum IntakeSource implements Labelled {
    APPLIED("申请"),
    INITIATIVE("主动"),
    REFERRED("委托移送");

    private final String label;

    IntakeSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
