package org.casework.org;

/** An organisation unit as the rest of the application sees it. */
public record OrgRef(
        Long id,
        String code,
        String name,
        Long parentId,
        OrgType type,
        MediationBodyType mediationBodyType,
        String treePath,
        String docPrefix,
        boolean active) {

    public boolean isMediationBody() {
        return mediationBodyType != null;
    }

    /** True when this unit is {@code ancestor} itself or lies below it. */
    public boolean isWithin(OrgRef ancestor) {
        return treePath.startsWith(ancestor.treePath());
    }

    public String label() {
        return name + "（" + code + "）";
    }

    /** 0 for a top-level unit, 1 for its children, and so on (from the tree path "/1/4/9/"). */
    public int depth() {
        return treePath == null ? 0 : Math.max(0, (int) treePath.chars().filter(c -> c == '/').count() - 2);
    }
}
