package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.remedies.HeadRole;
import org.casework.remedies.InstanceLevel;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.LitigationResult;

/** 诉讼案件 (one court instance, the organisation as defendant): identified by 被告 and 法院案号. */
final class LitigationRows extends RowSheet<LitigationImport> {

    LitigationRows() {
        super(LedgerSheet.LITIGATIONS, "被告", "法院案号");
    }

    @Override
    LitigationImport parse(RowParser p) {
        return new LitigationImport(p.orgCode("被告"), p.text("法院案号"), p.choice("审级", InstanceLevel.class),
                p.text("原告"), p.date("收到起诉状日期"), p.date("开庭日期"), p.yesNo("负责人出庭"), p.text("出庭负责人"),
                p.choice("出庭负责人职务", HeadRole.class), p.date("审结日期"), p.choice("裁判结果", LitigationResult.class));
    }

    @Override
    ImportOutcome save(LitigationImport record, LedgerTargets targets) {
        return targets.litigation(record);
    }
}
