package org.casework.remedies;

/**
 * Filters of the reconsideration list: an organisation (with its subtree), the year of receipt, the
 * outcome, text in the case number or the applicant. Every filter may be null.
 */
public record ReconsiderationFilter(Long orgId, Integer year, ReconsiderationOutcome outcome, String text) {

    public static ReconsiderationFilter none() {
        return new ReconsiderationFilter(null, null, null, null);
    }
}
