package org.casework.mediation;

import org.casework.base.Labelled;

/** Kinds of mediation (类型). */
public enum MediationKind implements Labelled {
    PEOPLE("人民调解"),
    ADMINISTRATIVE("行政调解"),
    CENTRE("矛调中心");

    private final String label;

    MediationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
