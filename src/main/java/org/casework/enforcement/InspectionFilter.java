package org.casework.enforcement;

/**
 * Filter of the inspection list: an organisation with its subtree (null = the user's whole scope),
 * a year of the inspection date (null = any), and a text in number, target or item.
 */
public record InspectionFilter(Long orgId, Integer year, String text) {

    public static InspectionFilter all() {
        return new InspectionFilter(null, null, null);
    }
}
