package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.Origin;

/** A dispute as lists, the form and the API show it, with its follow-up visits. */
public record DisputeDetail(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        String disputeNo,
        MediationKind kind,
        IntakeSource source,
        String category,
        List<String> parties,
        String facts,
        LocalDate acceptedDate,
        LocalDate dueDate,
        LocalDate closedDate,
        DisputeOutcome outcome,
        LocalDate agreementDate,
        BigDecimal agreementAmount,
        LocalDate judicialConfirmationDate,
        boolean riskFlag,
        Integer personsInvolved,
        boolean escalated,
        DisputeStatus status,
        List<FollowUpDetail> followUps,
        String dataQuality,
        Origin origin,
        long version) {

    public DisputeForm form() {
        return new DisputeForm(bodyId, disputeNo, kind, source, category, parties, facts, acceptedDate, closedDate, outcome,
                agreementAmount, judicialConfirmationDate, riskFlag, personsInvolved, escalated, status);
    }

    public String partiesText() {
        return String.join("、", parties);
    }
}
