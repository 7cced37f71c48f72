package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.InspectionImport;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.mediation.DisputeImport;
import org.casework.staff.MediatorImport;
import org.casework.staff.OfficerImport;
import org.casework.petitions.PetitionImport;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.ReconsiderationImport;

/**
 * Where parsed ledger rows go: the feature services' import methods (ISSUE4 contract). Each validates
 * the row by the same rules as the screens, checks the caller's scope, creates or updates the record
 * identified by organisation and number, and says which it did.
 */
public interface LedgerTargets {

    ImportOutcome officer(OfficerImport row);

    ImportOutcome mediator(MediatorImport row);

    ImportOutcome inspection(InspectionImport row);

    ImportOutcome penaltyCase(PenaltyCaseImport row);

    ImportOutcome reconsideration(ReconsiderationImport row);

    ImportOutcome litigation(LitigationImport row);

    ImportOutcome dispute(DisputeImport row);

    ImportOutcome petition(PetitionImport row);
}
