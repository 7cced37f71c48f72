package org.casework.enforcement;

import java.time.LocalDate;

/** What the inspection form (and a ledger row of 行政检查) says about an inspection. */
public record InspectionForm(
        Long orgId,               // 执法主体
        String inspectionNo,      // 检查编号
        LocalDate inspectionDate, // 检查日期
        String target,            // 检查对象
        String item,              // 检查事项
        String result) {          // 检查结果

    /** Trimmed text, blanks as null. */
    public InspectionForm normalised() {
        return new InspectionForm(orgId, Texts.clean(inspectionNo), inspectionDate, Texts.clean(target),
                Texts.clean(item), Texts.clean(result));
    }
}
