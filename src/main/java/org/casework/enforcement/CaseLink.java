package org.casework.enforcement;

/**
 * A penalty case as the record it came from links to it (a petition turned into a lead): its number and
 * organisation for anyone who may see that record; its status, and the link to its work page, only when
 * {@code readable} (a reader role with the case's organisation in scope).
 */
public record CaseLink(long id, String caseNo, String orgName, String statusLabel, boolean readable) {

    /** The case's work page (enforcement/work/{id}; a case outside the workflow is forwarded to its record). */
    public String route() {
        return "enforcement/work/" + id;
    }
}
