package org.casework.staff;

/**
 * Filter of the officer list: an organisation (with its subtree; null = the user's whole scope),
 * a text in name or certificate number, and whether to show only officers on duty today.
 */
public record OfficerFilter(Long orgId, String text, boolean activeOnly) {

    public static OfficerFilter all() {
        return new OfficerFilter(null, null, false);
    }
}
