package org.casework.org;

/** Types of mediation body (调解组织), as in the mediation statistics. */
public enum MediationBodyType {
    VILLAGE("村调委会"),
    RESIDENTS("居调委会"),
    TOWNSHIP_STREET("乡镇街道调委会"),
    PROFESSIONAL("行业性专业性调委会"),
    PERSONAL("个人调解室"),
    CENTRE("矛调中心"),
    ADMINISTRATIVE("行政调解");

    private final String label;

    MediationBodyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MediationBodyType fromLabel(String label) {
        for (MediationBodyType t : values()) {
            if (t.label.equals(label) || t.name().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
