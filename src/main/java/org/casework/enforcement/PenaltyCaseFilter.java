package org.casework.enforcement;

/**
 * Filter of the penalty case list. Every part may be null (= no restriction): an organisation with its
 * subtree (null = the user's whole scope), a year of filing or decision, a status, a procedure, and a
 * text in 案号 or party name.
 */
public record PenaltyCaseFilter(Long orgId, Integer year, PenaltyCaseStatus status, ProcedureType procedure, String text) {

    public static PenaltyCaseFilter all() {
        return new PenaltyCaseFilter(null, null, null, null, null);
    }
}
