package org.casework.petitions;

import java.time.LocalDate;

/** A review (复查) or re-examination (复核) of a petition's answer by the next higher body; null fields until they happen. */
public record PetitionReview(Long orgId, String orgName, LocalDate requestedDate, LocalDate dueDate, LocalDate concludedDate,
                             String opinion) {

    public boolean requested() {
        return requestedDate != null;
    }
}
