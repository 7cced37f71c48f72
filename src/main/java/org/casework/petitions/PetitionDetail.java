package org.casework.petitions;

import java.time.LocalDate;
import org.casework.base.Origin;

/** A petition as lists, the form and the API show it, with its workflow progress and its petitioner in the party registry. */
public record PetitionDetail(
        long id,
        long orgId,
        String orgCode,
        String orgName,
        String petitionNo,
        String channelCode,
        String channelName,
        String petitionerName,
        String subject,
        String content,
        LocalDate registeredDate,
        LocalDate acknowledgedDate,
        LocalDate dueDate,
        boolean extended,
        LocalDate closedDate,
        String reply,
        Rating rating,
        boolean backlog,
        boolean resolved,
        PetitionStatus status,
        String dataQuality,
        Origin origin,
        long version,
        Long petitionerPartyId,
        PetitionProgress progress) {

    public PetitionForm form() {
        return new PetitionForm(orgId, petitionNo, channelCode, petitionerName, subject, content, registeredDate,
                acknowledgedDate, dueDate, extended, closedDate, reply, rating, backlog, resolved, status);
    }

    /** Closed on or before its due date. */
    public boolean closedOnTime() {
        return closedDate != null && dueDate != null && !closedDate.isAfter(dueDate);
    }
}
