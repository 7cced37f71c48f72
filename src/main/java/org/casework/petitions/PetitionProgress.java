package org.casework.petitions;

import java.time.LocalDate;

/**
 * How far a petition's workflow has come (bpmn/petitions/PetitionProcess.bpmn), and what it was turned
 * into. {@code stage} is null for a petition without a workflow (imported or entered after the fact).
 */
public record PetitionProgress(
        PetitionStage stage,
        Long registrarOrgId,
        String registrarOrgName,
        LocalDate routedDate,
        LocalDate acknowledgementDueDate,
        String extensionReason,
        LocalDate ratedDate,
        PetitionReview review,
        PetitionReview reexamination,
        Long convertedDisputeId,
        Long convertedCaseId) {

    public boolean hasWorkflow() {
        return stage != null;
    }
}
