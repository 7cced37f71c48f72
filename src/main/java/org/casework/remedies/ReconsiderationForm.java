package org.casework.remedies;

import java.time.LocalDate;

/**
 * What the reconsideration form (or a ledger row) says about a case. The reply due date may be left
 * empty: it is then computed from the receipt date.
 */
public record ReconsiderationForm(
        Long orgId,                          // 被申请人
        String caseNo,                       // 复议案号
        String applicant,                    // 申请人
        LocalDate receivedDate,              // 收案日期
        LocalDate replyDueDate,              // 答复期限
        LocalDate concludedDate,             // 审结日期
        ReconsiderationOutcome outcome,      // 复议结果
        boolean redoOrdered,                 // 责令重新作出
        String originalCaseNo,               // 原处罚案号
        String reconsiderationOrgan,         // 复议机关
        String notes) {                      // 备注
}
