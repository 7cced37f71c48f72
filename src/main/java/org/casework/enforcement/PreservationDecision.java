package org.casework.enforcement;

import org.casework.base.Labelled;

/** What is done with evidence preserved on registration within 7 working days ([SAMR] 第三十五条). */
public enum PreservationDecision implements Labelled {
    SECURED("采取记录、复制、拍照、录像等证据保全措施"),
    SENT_FOR_TESTING("送交检测、检验、检疫、鉴定"),
    SEIZED("决定采取查封、扣押措施"),
    CONFISCATED("作出行政处罚决定，没收违法物品"),
    RELEASED("解除先行登记保存措施"),
    LAPSED("逾期未采取措施，自动解除");

    private final String label;

    PreservationDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
