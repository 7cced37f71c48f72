package org.casework.remedies;

import java.time.LocalDate;
import org.casework.base.Origin;

/** A reconsideration case as lists, the form and the API show it. */
public record ReconsiderationDetail(
        long id,
        long orgId,
        String orgCode,
        String orgName,
        String caseNo,
        String applicant,
        LocalDate receivedDate,
        LocalDate replyDueDate,
        LocalDate concludedDate,
        ReconsiderationOutcome outcome,
        boolean redoOrdered,
        String originalCaseNo,
        Long penaltyCaseId,
        String reconsiderationOrgan,
        String notes,
        String dataQuality,
        Origin origin,
        long version) {

    public ReconsiderationForm form() {
        return new ReconsiderationForm(orgId, caseNo, applicant, receivedDate, replyDueDate, concludedDate, outcome,
                redoOrdered, originalCaseNo, reconsiderationOrgan, notes);
    }

    public boolean concluded() {
        return concludedDate != null;
    }
}
