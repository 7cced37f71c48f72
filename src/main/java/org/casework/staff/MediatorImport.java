package org.casework.staff;

import java.time.LocalDate;

/** One row of the ledger sheet 调解员; identified by body + 姓名. */
public record MediatorImport(
        String bodyCode,          // 调解组织*
        String name,              // 姓名*
        boolean fullTime,         // 专职
        LocalDate appointedDate,  // 起聘日期*
        LocalDate dismissedDate) { // 解聘日期
}
