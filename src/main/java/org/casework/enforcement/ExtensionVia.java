package org.casework.enforcement;

import org.casework.base.Labelled;

/** Who extended the 90-day decision period ([SAMR] 第六十四条). */
public enum ExtensionVia implements Labelled {
    HEAD("负责人批准"),
    COLLECTIVE_DISCUSSION("负责人集体讨论");

    private final String label;

    ExtensionVia(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
