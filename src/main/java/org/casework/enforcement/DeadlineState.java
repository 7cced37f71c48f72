package org.casework.enforcement;

import org.casework.base.Labelled;

/** Where a period stands: amber when at most 3 working days are left, red when it ran out. */
public enum DeadlineState implements Labelled {
    OPEN("进行中"),
    DUE_SOON("即将到期"),
    OVERDUE("已超期"),
    MET("已按期完成"),
    MET_LATE("已完成（超期）"),
    PAUSED("暂停计算");

    /** Working days left at which a period turns amber on the 工作台. */
    public static final int AMBER_WORKING_DAYS = 3;

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean needsAttention() {
        return this == DUE_SOON || this == OVERDUE;
    }
}
