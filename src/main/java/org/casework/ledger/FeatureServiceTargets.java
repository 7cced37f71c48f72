package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.InspectionImport;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.mediation.DisputeImport;
import org.casework.mediation.DisputeService;
import org.casework.org.MediatorImport;
import org.casework.org.MediatorService;
import org.casework.org.OfficerImport;
import org.casework.petitions.PetitionImport;
import org.casework.petitions.PetitionService;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.LitigationService;
import org.casework.remedies.ReconsiderationImport;
import org.casework.remedies.ReconsiderationService;
import org.springframework.stereotype.Component;

/**
 * The ledger rows' way into the feature services' import methods (ISSUE4 contract).
 * TODO(wiring): officers, inspections and penalty cases are implemented on branch enf; they are called
 * here once it is merged into main.
 */
@Component
class FeatureServiceTargets implements LedgerTargets {

    private final MediatorService mediators;
    private final ReconsiderationService reconsiderations;
    private final LitigationService litigations;
    private final DisputeService disputes;
    private final PetitionService petitions;

    FeatureServiceTargets(MediatorService mediators, ReconsiderationService reconsiderations, LitigationService litigations,
                          DisputeService disputes, PetitionService petitions) {
        this.mediators = mediators;
        this.reconsiderations = reconsiderations;
        this.litigations = litigations;
        this.disputes = disputes;
        this.petitions = petitions;
    }

    @Override
    public ImportOutcome officer(OfficerImport row) {
        throw notYetWired("执法人员");
    }

    @Override
    public ImportOutcome mediator(MediatorImport row) {
        return mediators.importMediator(row);
    }

    @Override
    public ImportOutcome inspection(InspectionImport row) {
        throw notYetWired("行政检查");
    }

    @Override
    public ImportOutcome penaltyCase(PenaltyCaseImport row) {
        throw notYetWired("处罚案件");
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

    private static IllegalStateException notYetWired(String sheet) {
        return new IllegalStateException("“" + sheet + "”的导入尚未接通");
    }
}
