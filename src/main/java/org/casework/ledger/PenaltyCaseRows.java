package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.enforcement.NoPenaltyReason;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProcedureType;
import org.casework.enforcement.TransferType;
import org.casework.party.PartyKind;

/** 处罚案件 (simple and general procedure): identified by organisation and 案号. */
final class PenaltyCaseRows extends RowSheet<PenaltyCaseImport> {

    PenaltyCaseRows() {
        super(LedgerSheet.PENALTY_CASES, "执法主体", "案号");
    }

    @Override
    PenaltyCaseImport parse(RowParser p) {
        return new PenaltyCaseImport(
                p.orgCode("执法主体"), p.text("案号"), p.choice("程序", ProcedureType.class),
                p.choice("当事人类型", PartyKind.class), p.text("当事人"), p.text("证件号码"), p.text("案由"),
                p.date("立案日期"), p.integer("延期天数"), p.date("决定日期"), p.choice("决定结果", PenaltyOutcome.class),
                p.choice("不予处罚理由", NoPenaltyReason.class), p.choices("处罚种类", PenaltyType.class),
                p.amount("罚款金额"), p.amount("没收金额"), p.yesNo("需法制审核"), p.date("法制审核完成日期"),
                p.dates("集体讨论日期"), p.dates("陈述申辩日期"), p.date("听证申请日期"), p.date("听证日期"),
                p.date("送达日期"), p.date("公开日期"), p.choice("移送类型", TransferType.class), p.text("移送机关"),
                p.date("移送日期"), p.date("缴款日期"), p.amount("实缴金额"), p.amount("加处罚款"), p.date("结案日期"));
    }

    @Override
    ImportOutcome save(PenaltyCaseImport record, LedgerTargets targets) {
        return targets.penaltyCase(record);
    }
}
