package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.staff.MediatorImport;

/** 调解员: identified by mediation body and name. */
final class MediatorRows extends RowSheet<MediatorImport> {

    MediatorRows() {
        super(LedgerSheet.MEDIATORS, "调解组织", "姓名");
    }

    @Override
    MediatorImport parse(RowParser p) {
        return new MediatorImport(p.orgCode("调解组织"), p.text("姓名"), p.yesNo("专职"), p.date("起聘日期"), p.date("解聘日期"));
    }

    @Override
    ImportOutcome save(MediatorImport record, LedgerTargets targets) {
        return targets.mediator(record);
    }
}
