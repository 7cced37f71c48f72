package org.casework.mediation;

/**
 * Filters of the dispute list: a mediation body (with the bodies below it), the year of acceptance, the
 * kind, the category, the status, text in the number or the parties. Every filter may be null.
 */
public record DisputeFilter(Long bodyId, Integer year, MediationKind kind, String category, DisputeStatus status,
                            String text) {

    public static DisputeFilter none() {
        return new DisputeFilter(null, null, null, null, null, null);
    }
}
