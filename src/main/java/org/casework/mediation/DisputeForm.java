package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dispute form (or a ledger row) says about a dispute. {@code status} matters only while the
 * dispute is open (ACCEPTED or IN_MEDIATION); a closed dispute's status follows from its outcome.
 */
public record DisputeForm(
        Long bodyId,                        // 调解组织
        String disputeNo,                   // 编号
        MediationKind kind,                 // 类型
        IntakeSource source,                // 来源
        String category,                    // 纠纷类别
        List<String> parties,               // 当事人 (names)
        String facts,                       // 纠纷事实
        LocalDate acceptedDate,             // 受理日期
        LocalDate closedDate,               // 办结日期
        DisputeOutcome outcome,             // 结果
        BigDecimal agreementAmount,         // 协议金额
        LocalDate judicialConfirmationDate, // 司法确认日期
        boolean riskFlag,                   // 风险预警
        Integer personsInvolved,            // 涉及人数
        boolean escalated,                  // 已升级
        DisputeStatus status) {             // 状态 (while open)

    public DisputeForm {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
