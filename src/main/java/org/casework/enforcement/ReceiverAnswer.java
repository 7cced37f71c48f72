package org.casework.enforcement;

import org.casework.base.Labelled;

/** The receiving organ's answer to a criminal transfer (《行政执法机关移送涉嫌犯罪案件的规定》第八条). */
public enum ReceiverAnswer implements Labelled {
    ACCEPTED("决定立案"),
    REFUSED("决定不予立案");

    private final String label;

    ReceiverAnswer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
