package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.InspectionImport;
import org.casework.enforcement.InspectionService;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.mediation.DisputeImport;
import org.casework.mediation.DisputeService;
import org.casework.petitions.PetitionImport;
import org.casework.petitions.PetitionService;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.LitigationService;
import org.casework.remedies.ReconsiderationImport;
import org.casework.remedies.ReconsiderationService;
import org.casework.staff.MediatorImport;
import org.casework.staff.MediatorService;
import org.casework.staff.OfficerImport;
import org.casework.staff.OfficerService;
import org.springframework.stereotype.Component;

/** The ledger rows' way into the feature services' import methods (ISSUE4 contract). */
@Component
class FeatureServiceTargets implements LedgerTargets {

    private final OfficerService officers;
    private final MediatorService mediators;
    private final InspectionService inspections;
    private final PenaltyCaseService penaltyCases;
    private final ReconsiderationService reconsiderations;
    private final LitigationService litigations;
    private final DisputeService disputes;
    private final PetitionService petitions;

    FeatureServiceTargets(OfficerService officers, MediatorService mediators, InspectionService inspections,
                          PenaltyCaseService penaltyCases, ReconsiderationService reconsiderations,
                          LitigationService litigations, DisputeService disputes, PetitionService petitions) {
        this.officers = officers;
        this.mediators = mediators;
        this.inspections = inspections;
        this.penaltyCases = penaltyCases;
        this.reconsiderations = reconsiderations;
        this.litigations = litigations;
        this.disputes = disputes;
        this.petitions = petitions;
    }

    @Override
    public ImportOutcome officer(OfficerImport row) {
        return officers.importOfficer(row);
    }

    @Override
    public ImportOutcome mediator(MediatorImport row) {
        return mediators.importMediator(row);
    }

    @Override
    public ImportOutcome inspection(InspectionImport row) {
        return inspections.importInspection(row);
    }

    @Override
    public ImportOutcome penaltyCase(PenaltyCaseImport row) {
        return penaltyCases.importCase(row);
    }

    @Override
    public ImportOutcome reconsideration(ReconsiderationImport row) {
        return reconsiderations.importCase(row);
    }

    @Override
    public ImportOutcome litigation(LitigationImport row) {
        return litigations.importInstance(row);
    }

    @Override
    public ImportOutcome dispute(DisputeImport row) {
        return disputes.importDispute(row);
    }

    @Override
    public ImportOutcome petition(PetitionImport row) {
        return petitions.importPetition(row);
    }
}
