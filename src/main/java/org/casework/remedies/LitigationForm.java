package org.casework.remedies;

import java.time.LocalDate;

/** What the litigation form (or a ledger row) says about one court instance. */
public record LitigationForm(
        Long orgId,                 // 被告
        String courtCaseNo,         // 法院案号
        InstanceLevel level,        // 审级
        String plaintiff,           // 原告
        String courtName,           // 审理法院
        LocalDate receivedDate,     // 收到起诉状日期
        LocalDate hearingDate,      // 开庭日期
        boolean headAppeared,       // 负责人出庭
        String headName,            // 出庭负责人
        HeadRole headRole,          // 出庭负责人职务
        LocalDate concludedDate,    // 审结日期
        LitigationResult result,    // 裁判结果
        String notes) {             // 备注
}
