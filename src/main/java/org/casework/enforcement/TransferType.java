package org.casework.enforcement;

import org.casework.base.Labelled;

/** Transfer of a case: to the judicial organs as a suspected crime, or to another administrative agency. */
public enum TransferType implements Labelled {
    CRIMINAL("刑事"),
    ADMINISTRATIVE("行政");

    private final String label;

    TransferType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
