package org.casework.mediation;

import org.casework.base.Labelled;

/** Where a mediation session (调解) left the dispute: the next step of the process. */
public enum SessionResult implements Labelled {
    CONTINUE("继续调解"),
    WRITTEN("达成书面协议"),
    ORAL("达成口头协议"),
    TERMINATE("终止调解"),
    REASSIGN("更换调解员（回避）");

    private final String label;

    SessionResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
