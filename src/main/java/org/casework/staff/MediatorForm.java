package org.casework.staff;

import java.time.LocalDate;

/** What the roster form (or a ledger row) says about a mediator. */
public record MediatorForm(
        Long bodyId,              // 调解组织
        String name,              // 姓名
        boolean fullTime,         // 专职
        LocalDate appointedDate,  // 起聘日期
        LocalDate dismissedDate) { // 解聘日期
}
