package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.petitions.PetitionImport;
import org.casework.petitions.Rating;

/** 信访投诉: identified by 承办单位 and 编号; the channel must be one of the deployment's channel codes. */
final class PetitionRows extends RowSheet<PetitionImport> {

    PetitionRows() {
        super(LedgerSheet.PETITIONS, "承办单位", "编号");
    }

    @Override
    PetitionImport parse(RowParser p) {
        return new PetitionImport(p.orgCode("承办单位"), p.text("编号"), p.text("渠道"), p.date("登记日期"),
                p.date("办理期限"), p.date("办结日期"), p.choice("评价", Rating.class), p.yesNo("积案"), p.yesNo("已化解"));
    }

    @Override
    ImportOutcome save(PetitionImport record, LedgerTargets targets) {
        return targets.petition(record);
    }
}
