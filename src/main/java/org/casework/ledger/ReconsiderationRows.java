package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.remedies.ReconsiderationImport;
import org.casework.remedies.ReconsiderationOutcome;

/** 复议案件 (the organisation as respondent): identified by 被申请人 and 复议案号. */
final class ReconsiderationRows extends RowSheet<ReconsiderationImport> {

    ReconsiderationRows() {
        super(LedgerSheet.RECONSIDERATIONS, "被申请人", "复议案号");
    }

    @Override
    ReconsiderationImport parse(RowParser p) {
        return new ReconsiderationImport(p.orgCode("被申请人"), p.text("复议案号"), p.text("申请人"), p.date("收案日期"),
                p.date("审结日期"), p.choice("复议结果", ReconsiderationOutcome.class), p.yesNo("责令重新作出"),
                p.text("原处罚案号"));
    }

    @Override
    ImportOutcome save(ReconsiderationImport record, LedgerTargets targets) {
        return targets.reconsideration(record);
    }
}
