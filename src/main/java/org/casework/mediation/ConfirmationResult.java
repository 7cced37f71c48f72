package org.casework.mediation;

import org.casework.base.Labelled;

/** What became of the judicial confirmation (司法确认, 人民调解法 第三十三条) of an agreement. */
public enum ConfirmationResult implements Labelled {
    CONFIRMED("裁定确认有效"),
    REJECTED("裁定驳回申请"),
    NOT_APPLIED("当事人未申请");

    private final String label;

    ConfirmationResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
