package org.casework.mediation;

import org.casework.base.Labelled;

/** How a mediation ended (结果). */
public enum DisputeOutcome implements Labelled {
    WRITTEN("书面协议"),
    ORAL("口头协议"),
    TERMINATED("终止");

    private final String label;

    DisputeOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
