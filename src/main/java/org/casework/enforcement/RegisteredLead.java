package org.casework.enforcement;

/** A lead registered: the new case and its number. */
public record RegisteredLead(long caseId, String caseNo) {
}
