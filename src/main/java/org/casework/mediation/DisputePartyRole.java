package org.casework.mediation;

import org.casework.base.Labelled;

/** A party's side in a dispute (stored in dispute_party.party_role). */
public enum DisputePartyRole implements Labelled {
    APPLICANT("申请人"),
    RESPONDENT("被申请人"),
    PARTY("当事人");

    private final String label;

    DisputePartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
