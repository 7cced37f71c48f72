package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.InspectionImport;

/** 行政检查: identified by organisation and 检查编号. */
final class InspectionRows extends RowSheet<InspectionImport> {

    InspectionRows() {
        super(LedgerSheet.INSPECTIONS, "执法主体", "检查编号");
    }

    @Override
    InspectionImport parse(RowParser p) {
        return new InspectionImport(p.orgCode("执法主体"), p.text("检查编号"), p.date("检查日期"), p.text("检查对象"),
                p.text("检查事项"));
    }

    @Override
    ImportOutcome save(InspectionImport record, LedgerTargets targets) {
        return targets.inspection(record);
    }
}
