package org.casework.ledger;

import org.casework.base.ImportOutcome;
import org.casework.ledger.read.LedgerRow;
import org.casework.staff.OfficerImport;

/** 执法人员: identified by organisation and 执法证号, or organisation and 姓名 when there is no number. */
final class OfficerRows extends RowSheet<OfficerImport> {

    OfficerRows() {
        super(LedgerSheet.OFFICERS, "执法主体", "执法证号");
    }

    @Override
    String identity(LedgerRow row) {
        String org = row.value("执法主体");
        String number = row.value("执法证号");
        String name = row.value("姓名");
        if (org == null || (number == null && name == null)) {
            return null;
        }
        return org + '\u0000' + (number != null ? "证" + number : "名" + name);
    }

    @Override
    String identityColumn(LedgerRow row) {
        return row.value("执法证号") != null ? "执法证号" : "姓名";
    }

    @Override
    String identityLabel() {
        return "执法主体和执法证号（无执法证号时为姓名）";
    }

    @Override
    OfficerImport parse(RowParser p) {
        return new OfficerImport(p.orgCode("执法主体"), p.text("姓名"), p.text("执法证号"), p.date("证件有效期至"),
                p.date("在岗起"), p.date("离岗日期"), p.yesNo("法律职业资格"));
    }

    @Override
    ImportOutcome save(OfficerImport record, LedgerTargets targets) {
        return targets.officer(record);
    }
}
