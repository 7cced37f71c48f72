package org.casework.enforcement;

import org.casework.base.Labelled;

/** Where the organisation's power to penalise comes from (《行政处罚法》第二十条、第二十四条). */
public enum BasisSource implements Labelled {
    OWN("法定职权"),
    DELEGATED("赋权"),
    ENTRUSTED("委托");

    private final String label;

    BasisSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
