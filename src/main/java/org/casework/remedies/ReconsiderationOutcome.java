package org.casework.remedies;

import org.casework.base.Labelled;

/** Outcomes of a reconsideration (复议结果); 部分撤销 counts as REVOKED in the figures. */
public enum ReconsiderationOutcome implements Labelled {
    UPHELD("维持"),
    CLAIM_REJECTED("驳回复议请求"),
    APPLICATION_DISMISSED("驳回复议申请"),
    VARIED("变更"),
    REVOKED("撤销"),
    PARTIALLY_REVOKED("部分撤销"),
    CONFIRMED_ILLEGAL("确认违法"),
    CONFIRMED_VOID("确认无效"),
    ORDERED_TO_PERFORM("责令履行"),
    MEDIATED("调解"),
    SETTLED("和解撤回"),
    TERMINATED("终止");

    private final String label;

    ReconsiderationOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
