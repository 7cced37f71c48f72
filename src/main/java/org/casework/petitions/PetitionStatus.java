package org.casework.petitions;

import org.casework.base.Labelled;

/**
 * Where a petition stands. Open petitions are REGISTERED or IN_PROGRESS (chosen on the form); a petition
 * with a closing date is CLOSED. An imported open petition is REGISTERED unless it was already in progress.
 */
public enum PetitionStatus implements Labelled {
    REGISTERED("已登记"),
    IN_PROGRESS("办理中"),
    CLOSED("已办结");

    private final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static PetitionStatus of(boolean closed, PetitionStatus openStatus) {
        if (closed) {
            return CLOSED;
        }
        return openStatus == IN_PROGRESS ? IN_PROGRESS : REGISTERED;
    }
}
