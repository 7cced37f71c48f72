package org.casework.remedies;

import java.time.LocalDate;

/** One row of the ledger sheet 复议案件 (the organisation as respondent); identified by 被申请人 + 复议案号. */
public record ReconsiderationImport(
        String orgCode,                  // 被申请人*
        String caseNo,                   // 复议案号*
        String applicant,                // 申请人*
        LocalDate receivedDate,          // 收案日期*
        LocalDate concludedDate,         // 审结日期
        ReconsiderationOutcome outcome,  // 复议结果
        boolean redoOrdered,             // 责令重新作出
        String originalCaseNo) {         // 原处罚案号
}
