package org.casework.remedies;

import org.casework.base.Labelled;

/** Judgments and rulings (裁判结果). */
public enum LitigationResult implements Labelled {
    CLAIM_REJECTED("驳回诉讼请求"),
    REVOKED("撤销"),
    VARIED("变更"),
    CONFIRMED_ILLEGAL("确认违法"),
    CONFIRMED_VOID("确认无效"),
    ORDERED_TO_PERFORM("责令履行"),
    ORDERED_TO_PAY("判决给付"),
    SUIT_DISMISSED("驳回起诉"),
    WITHDRAWAL_ALLOWED("准予撤诉"),
    TERMINATED("终结"),
    APPEAL_DISMISSED("驳回上诉"),
    REMANDED("发回重审");

    private final String label;

    LitigationResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
