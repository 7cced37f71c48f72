package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One row of the ledger sheet 调解案件; identified by 调解组织 + 编号. Lists are empty, never null. */
public record DisputeImport(
        String bodyCode,                   // 调解组织*
        String disputeNo,                  // 编号*
        MediationKind kind,                // 类型*
        IntakeSource source,               // 来源*
        String category,                   // 纠纷类别*
        List<String> parties,              // 当事人* (names)
        LocalDate acceptedDate,            // 受理日期*
        LocalDate closedDate,              // 办结日期 (for an agreement, also its date)
        DisputeOutcome outcome,            // 结果
        BigDecimal agreementAmount,        // 协议金额
        LocalDate judicialConfirmationDate, // 司法确认日期
        List<LocalDate> followUpDates,     // 回访日期 (several)
        boolean riskFlag,                  // 风险预警
        Integer personsInvolved,           // 涉及人数
        boolean escalated) {               // 已升级
}
