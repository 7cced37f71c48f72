package org.casework.remedies;

import org.casework.base.Labelled;

/** Court instance (审级). */
public enum InstanceLevel implements Labelled {
    FIRST("一审"),
    SECOND("二审"),
    RETRIAL("再审");

    private final String label;

    InstanceLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
