package org.casework.documents.forms;

import java.math.BigDecimal;
import org.casework.documents.ChineseFormats;

/**
 * One penalty of a decision (第九条): its kind (警告, 罚款, 没收违法所得, 没收非法财物, 责令停产停业 …), an
 * optional detail (the confiscated goods, the period) and the amount in yuan where it has one.
 */
public record PenaltyItem(String kind, String detail, BigDecimal amount) {

    public PenaltyItem {
        Rules.required(kind, "处罚种类", Rules.PENALTY_LAW + "第九条");
        if (amount != null && amount.signum() <= 0) {
            throw new org.casework.base.BusinessRuleException("处罚金额", "处罚金额必须大于零");
        }
    }

    public static PenaltyItem fine(BigDecimal amount) {
        return new PenaltyItem("罚款", null, amount);
    }

    public static PenaltyItem warning() {
        return new PenaltyItem("警告", null, null);
    }

    /** 罚款人民币伍万贰仟捌佰元整（¥52,800.00）; 没收非法财物：电动三轮车1辆. */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind);
        if (detail != null && !detail.isBlank()) {
            sb.append('：').append(detail);
            if (amount != null) {
                sb.append('，');
            }
        }
        if (amount != null) {
            sb.append(ChineseFormats.amount(amount));
        }
        return sb.toString();
    }

    /** Money the party has to pay (fines and confiscated gains); goods carry no payable amount. */
    public boolean payable() {
        return amount != null && (kind.contains("罚款") || kind.contains("违法所得"));
    }
}
