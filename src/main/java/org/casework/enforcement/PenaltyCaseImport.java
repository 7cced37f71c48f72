package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.party.PartyKind;

/**
 * One row of the ledger sheet 处罚案件 (simple and general procedure); identified by organisation + 案号.
 * Lists are empty, never null.
 */
public record PenaltyCaseImport(
        String orgCode,                   // 执法主体*
        String caseNo,                    // 案号*
        ProcedureType procedure,          // 程序*
        PartyKind partyKind,              // 当事人类型*
        String partyName,                 // 当事人*
        String partyIdNumber,             // 证件号码
        String cause,                     // 案由*
        LocalDate filedDate,              // 立案日期 (* for 一般, unless 决定结果 is 不予立案)
        Integer extensionDays,            // 延期天数
        LocalDate decisionDate,           // 决定日期
        PenaltyOutcome outcome,           // 决定结果
        NoPenaltyReason noPenaltyReason,  // 不予处罚理由
        List<PenaltyType> penaltyTypes,   // 处罚种类
        BigDecimal fineAmount,            // 罚款金额
        BigDecimal confiscationAmount,    // 没收金额
        boolean legalReviewRequired,      // 需法制审核
        LocalDate legalReviewDate,        // 法制审核完成日期
        List<LocalDate> collectiveDiscussionDates, // 集体讨论日期 (several)
        List<LocalDate> defenceDates,     // 陈述申辩日期 (several)
        LocalDate hearingRequestDate,     // 听证申请日期
        LocalDate hearingDate,            // 听证日期
        LocalDate serviceDate,            // 送达日期
        LocalDate publicationDate,        // 公开日期
        TransferType transferType,        // 移送类型
        String transferOrgan,             // 移送机关
        LocalDate transferDate,           // 移送日期
        LocalDate paymentDate,            // 缴款日期
        BigDecimal paidAmount,            // 实缴金额 (fine and confiscation, without surcharge)
        BigDecimal surchargePaid,         // 加处罚款
        LocalDate closedDate) {           // 结案日期
}
