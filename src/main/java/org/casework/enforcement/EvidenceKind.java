package org.casework.enforcement;

import org.casework.base.Labelled;

/** Kinds of evidence (《行政处罚法》第四十六条). */
public enum EvidenceKind implements Labelled {
    DOCUMENTARY("书证"),
    PHYSICAL("物证"),
    AUDIOVISUAL("视听资料"),
    ELECTRONIC("电子数据"),
    WITNESS("证人证言"),
    PARTY_STATEMENT("当事人的陈述"),
    EXPERT_OPINION("鉴定意见"),
    SITE_RECORD("勘验笔录、现场笔录");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
