package org.casework.enforcement;

import java.time.LocalDate;

/** One row of the ledger sheet 行政检查; identified by organisation + 检查编号. */
public record InspectionImport(
        String orgCode,           // 执法主体*
        String inspectionNo,      // 检查编号*
        LocalDate inspectionDate, // 检查日期*
        String target,            // 检查对象
        String item) {            // 检查事项
}
