package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.InspectionImport;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.mediation.DisputeImport;
import org.casework.org.MediatorImport;
import org.casework.org.OfficerImport;
import org.casework.petitions.PetitionImport;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.ReconsiderationImport;
import org.springframework.stereotype.Component;

/**
 * The ledger rows' way into the feature services.
 * TODO(wiring): the import methods of ISSUE4 are implemented on the branches enf and med; they are
 * called here once those are merged into main.
 */
@Component
class FeatureServiceTargets implements LedgerTargets {

    @Override
    public ImportOutcome officer(OfficerImport row) {
        throw notYetWired("执法人员");
    }

    @Override
    public ImportOutcome mediator(MediatorImport row) {
        throw notYetWired("调解员");
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
        throw notYetWired("复议案件");
    }

    @Override
    public ImportOutcome litigation(LitigationImport row) {
        throw notYetWired("诉讼案件");
    }

    @Override
    public ImportOutcome dispute(DisputeImport row) {
        throw notYetWired("调解案件");
    }

    @Override
    public ImportOutcome petition(PetitionImport row) {
        throw notYetWired("信访投诉");
    }

    private static IllegalStateException notYetWired(String sheet) {
        return new IllegalStateException("“" + sheet + "”的导入尚未接通");
    }
}
