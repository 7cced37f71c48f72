package org.casework.petitions;

import org.casework.base.Labelled;

/** The petitioner's rating of the handling (评价). */
public enum Rating implements Labelled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    NOT_RATED("未评价");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
