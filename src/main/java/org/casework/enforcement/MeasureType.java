package org.casework.enforcement;

import org.casework.base.Labelled;

/** Administrative coercive measures (《行政强制法》第九条) recorded in a penalty case. */
public enum MeasureType implements Labelled {
    SEAL("查封"),
    SEIZE("扣押"),
    FREEZE("冻结"),
    OTHER("其他");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
