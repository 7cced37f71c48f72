package org.casework.enforcement;

import org.casework.base.Labelled;

/** Penalty procedure: simple (简易, on the spot) or general (一般/普通). */
public enum ProcedureType implements Labelled {
    SIMPLE("简易"),
    GENERAL("一般");

    private final String label;

    ProcedureType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
