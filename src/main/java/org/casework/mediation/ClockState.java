package org.casework.mediation;

import org.casework.base.Labelled;

/** Where a deadline of a dispute stands. */
public enum ClockState implements Labelled {
    RUNNING("进行中"),
    DUE_SOON("即将到期"),
    OVERDUE("已超期"),
    MET("按时完成"),
    LATE("超期完成"),
    LAPSED("期满未申请");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still counting (not done). */
    public boolean running() {
        return this == RUNNING || this == DUE_SOON || this == OVERDUE;
    }
}
