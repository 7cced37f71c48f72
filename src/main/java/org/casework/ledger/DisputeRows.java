package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.mediation.DisputeImport;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationKind;

/** 调解案件: identified by mediation body and 编号. */
final class DisputeRows extends RowSheet<DisputeImport> {

    DisputeRows() {
        super(LedgerSheet.DISPUTES, "调解组织", "编号");
    }

    @Override
    DisputeImport parse(RowParser p) {
        return new DisputeImport(p.orgCode("调解组织"), p.text("编号"), p.choice("类型", MediationKind.class),
                p.choice("来源", IntakeSource.class), p.allowedText("纠纷类别"), p.names("当事人"), p.date("受理日期"),
                p.date("办结日期"), p.choice("结果", DisputeOutcome.class), p.amount("协议金额"), p.date("司法确认日期"),
                p.dates("回访日期"), p.yesNo("风险预警"), p.integer("涉及人数"), p.yesNo("已升级"));
    }

    @Override
    ImportOutcome save(DisputeImport record, LedgerTargets targets) {
        return targets.dispute(record);
    }
}
