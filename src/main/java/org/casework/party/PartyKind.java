package org.casework.party;

import org.casework.base.Labelled;

/** Kinds of party (当事人类型). */
public enum PartyKind implements Labelled {
    PERSON("自然人"),
    LEGAL_PERSON("法人"),
    OTHER_ORG("其他组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
