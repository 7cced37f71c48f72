package org.casework.enforcement;

import org.casework.base.Labelled;

/** The part an officer plays in a case: the handling officer (主办) or an assisting one (协办). */
public enum CaseOfficerRole implements Labelled {
    HANDLER("主办"),
    ASSISTANT("协办");

    private final String label;

    CaseOfficerRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
