package org.casework.enforcement;

/**
 * What became of an on-the-spot case: decided (with the number of the decision form), or, above the
 * simple-procedure limits, turned into a general-procedure lead.
 */
public record OnTheSpotResult(long caseId, String caseNo, boolean decided, String decisionNumber, String message) {
}
