package org.casework.documents;

/** The kind of case a document belongs to; the case id is the id of that kind's record. */
public enum CaseKind {
    PENALTY_CASE("行政处罚案件"),
    DISPUTE("矛盾纠纷调解案件"),
    PETITION("信访事项");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
