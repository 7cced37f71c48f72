package org.casework.enforcement;

import org.casework.base.Labelled;

/** How a document was served (《行政处罚法》第六十一条; [SAMR] 第八十二条). */
public enum ServiceMethod implements Labelled {
    IN_PERSON("直接送达"),
    LEFT_AT_RESIDENCE("留置送达"),
    ELECTRONIC("电子送达"),
    POST("邮寄送达"),
    ENTRUSTED("委托送达"),
    PUBLIC_NOTICE("公告送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
