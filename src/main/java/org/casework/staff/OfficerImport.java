package org.casework.staff;

import java.time.LocalDate;

/** One row of the ledger sheet 执法人员; identified by organisation + 执法证号, or organisation + 姓名 without a number. */
public record OfficerImport(
        String orgCode,                 // 执法主体*
        String name,                    // 姓名*
        String certificateNo,           // 执法证号
        LocalDate certificateValidUntil, // 证件有效期至
        LocalDate onDutyFrom,           // 在岗起*
        LocalDate offDutyDate,          // 离岗日期
        boolean legalQualification) {   // 法律职业资格
}
