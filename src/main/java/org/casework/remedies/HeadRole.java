package org.casework.remedies;

import org.casework.base.Labelled;

/** Who appeared in court for the organisation (出庭负责人职务); only the three head roles count as a head's appearance. */
public enum HeadRole implements Labelled {
    PRINCIPAL("主要负责人"),
    DEPUTY("副职负责人"),
    IN_CHARGE("分管负责人"),
    OTHER_STAFF("其他工作人员");

    private final String label;

    HeadRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
