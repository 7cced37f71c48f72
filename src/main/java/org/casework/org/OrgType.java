package org.casework.org;

/** Kinds of organisation unit in the tree: 区县 → 街道/镇/局 → 执法大队/中队; mediation bodies as units. */
public enum OrgType {
    DISTRICT("区县"),
    STREET("街道"),
    TOWN("镇"),
    BUREAU("区县部门"),
    SQUAD("执法大队"),
    MEDIATION_COMMITTEE("调解委员会"),
    MEDIATION_CENTRE("矛调中心"),
    OTHER("其他");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type for a ledger or form label such as 街道; null when unknown. */
    public static OrgType fromLabel(String label) {
        for (OrgType t : values()) {
            if (t.label.equals(label) || t.name().equals(label)) {
                return t;
            }
        }
        return switch (label == null ? "" : label) {
            case "局", "部门" -> BUREAU;
            case "中队", "执法中队" -> SQUAD;
            case "调委会", "人民调解委员会" -> MEDIATION_COMMITTEE;
            default -> null;
        };
    }
}
