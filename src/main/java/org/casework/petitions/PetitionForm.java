package org.casework.petitions;

import java.time.LocalDate;

/**
 * What the petition form (or a ledger row) says about a petition. An empty due date is computed from
 * the registration date (60 days, 90 with an approved extension). {@code status} matters only while open.
 */
public record PetitionForm(
        Long orgId,                  // 承办单位
        String petitionNo,           // 编号
        String channelCode,          // 渠道
        String petitionerName,       // 信访人
        String subject,              // 事项摘要
        String content,              // 信访内容
        LocalDate registeredDate,    // 登记日期
        LocalDate acknowledgedDate,  // 告知日期
        LocalDate dueDate,           // 办理期限
        boolean extended,            // 延期
        LocalDate closedDate,        // 办结日期
        String reply,                // 办理结果
        Rating rating,               // 评价
        boolean backlog,             // 积案
        boolean resolved,            // 已化解
        PetitionStatus status) {     // 状态 (while open)
}
