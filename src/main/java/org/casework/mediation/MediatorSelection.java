package org.casework.mediation;

import org.casework.base.Labelled;

/** How the mediators of a dispute were chosen (人民调解法 第十九条). */
public enum MediatorSelection implements Labelled {
    ASSIGNED("调解委员会指定"),
    CHOSEN("当事人选择");

    private final String label;

    MediatorSelection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
