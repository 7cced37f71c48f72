package org.casework.petitions;

import java.time.LocalDate;

/** One row of the ledger sheet 信访投诉; identified by 承办单位 + 编号. */
public record PetitionImport(
        String orgCode,          // 承办单位*
        String petitionNo,       // 编号*
        String channel,          // 渠道* (a code of the deployment's channel list)
        LocalDate registeredDate, // 登记日期*
        LocalDate dueDate,       // 办理期限
        LocalDate closedDate,    // 办结日期
        Rating rating,           // 评价
        boolean backlog,         // 积案
        boolean resolved) {      // 已化解
}
