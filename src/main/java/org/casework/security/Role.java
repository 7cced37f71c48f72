package org.casework.security;

/** Roles a user may hold. Every role acts within the user's own organisation subtree. */
public enum Role {
    OFFICER("执法人员"),
    LEGAL_REVIEWER("法制审核人员"),
    HEAD("负责人"),
    MEDIATOR("调解员"),
    PETITION_CLERK("信访登记员"),
    LEADER("领导"),
    ADMIN("系统管理员");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String OFFICER_ = "OFFICER";
    public static final String LEGAL_REVIEWER_ = "LEGAL_REVIEWER";
    public static final String HEAD_ = "HEAD";
    public static final String MEDIATOR_ = "MEDIATOR";
    public static final String PETITION_CLERK_ = "PETITION_CLERK";
    public static final String LEADER_ = "LEADER";
    public static final String ADMIN_ = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Camunda candidate group of this role at one organisation, e.g. {@code LEGAL_REVIEWER@JD1}. */
    public String groupAt(String orgCode) {
        return name() + "@" + orgCode;
    }
}
