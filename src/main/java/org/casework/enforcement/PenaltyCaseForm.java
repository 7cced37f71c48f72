package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.casework.party.PartyKind;

/**
 * Everything the plain case form (and a ledger row of 处罚案件) says about a penalty case. The Chinese
 * labels in the comments are the form labels and ledger headers that rule violations name. Lists are
 * never null in a normalised form.
 */
public record PenaltyCaseForm(
        // party and case
        Long orgId,                          // 执法主体
        String caseNo,                       // 案号
        ProcedureType procedure,             // 程序
        PartyKind partyKind,                 // 当事人类型
        String partyName,                    // 当事人
        String partyIdNumber,                // 证件号码
        String cause,                        // 案由
        String enforcementField,             // 执法领域
        BasisSource basisSource,             // 执法依据来源
        String entrustingOrgan,              // 委托机关
        // lead and filing
        String leadSource,                   // 线索来源
        LocalDate leadDate,                  // 线索日期
        LocalDate filedDate,                 // 立案日期
        Integer extensionDays,               // 延期天数
        Integer pausedDays,                  // 中止天数
        List<CaseOfficer> officers,          // 承办人员
        // decision and penalty items
        LocalDate decisionDate,              // 决定日期
        PenaltyOutcome outcome,              // 决定结果
        NoPenaltyReason noPenaltyReason,     // 不予处罚理由
        List<PenaltyType> penaltyTypes,      // 处罚种类
        BigDecimal fineAmount,               // 罚款金额
        BigDecimal confiscationAmount,       // 没收金额
        // review, discussion, defence, hearing
        boolean legalReviewRequired,         // 需法制审核
        LocalDate legalReviewDate,           // 法制审核完成日期
        List<CollectiveDiscussion> discussions, // 集体讨论日期
        List<StatementDefence> defences,     // 陈述申辩日期
        LocalDate hearingRequestDate,        // 听证申请日期
        LocalDate hearingDate,               // 听证日期
        // service and publication
        LocalDate serviceDate,               // 送达日期
        String serviceMethod,                // 送达方式
        LocalDate publicationDate,           // 公开日期
        LocalDate publicationWithdrawnDate,  // 撤回公开日期
        // transfer
        TransferType transferType,           // 移送类型
        String transferOrgan,                // 移送机关
        LocalDate transferDate,              // 移送日期
        // payment and enforcement
        List<PenaltyPayment> payments,       // 缴款日期 / 实缴金额 / 加处罚款
        List<CoerciveMeasure> measures,      // 强制措施
        LocalDate courtApplicationDate,      // 申请法院强制执行日期
        // closing
        LocalDate closedDate,                // 结案日期
        LocalDate archivedDate) {            // 归档日期

    /** An empty form for a new case of the organisation. */
    public static PenaltyCaseForm blank(Long orgId) {
        return new PenaltyCaseForm(orgId, null, ProcedureType.GENERAL, PartyKind.PERSON, null, null, null, null, null, null,
                null, null, null, 0, 0, List.of(), null, null, null, List.of(), null, null, false, null, List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null);
    }

    /**
     * The same case written one way: text trimmed (blank = null), the ID number in upper case, amounts
     * with two decimals, lists sorted and free of nulls, and a decision with penalty types but no 决定结果
     * read as 处罚 (a ledger row of a simple-procedure fine often leaves 决定结果 empty).
     */
    public PenaltyCaseForm normalised() {
        List<PenaltyType> types = penaltyTypes == null ? List.of()
                : penaltyTypes.stream().filter(Objects::nonNull).distinct().sorted().toList();
        PenaltyOutcome out = outcome == null && !types.isEmpty() ? PenaltyOutcome.PENALTY : outcome;
        String id = Texts.clean(partyIdNumber);
        return new PenaltyCaseForm(orgId, Texts.clean(caseNo), procedure, partyKind, Texts.clean(partyName),
                id == null ? null : id.toUpperCase(), Texts.clean(cause), Texts.clean(enforcementField), basisSource,
                Texts.clean(entrustingOrgan), Texts.clean(leadSource), leadDate, filedDate,
                extensionDays == null ? 0 : extensionDays, pausedDays == null ? 0 : pausedDays,
                sorted(officers, Comparator.comparing(CaseOfficer::role, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CaseOfficer::officerId, Comparator.nullsLast(Comparator.naturalOrder()))),
                decisionDate, out, noPenaltyReason, types, Amounts.normal(fineAmount), Amounts.normal(confiscationAmount),
                legalReviewRequired, legalReviewDate,
                sorted(discussions == null ? null : discussions.stream().filter(Objects::nonNull).map(CollectiveDiscussion::normalised).toList(),
                        Comparator.comparing(CollectiveDiscussion::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))),
                sorted(defences == null ? null : defences.stream().filter(Objects::nonNull).map(StatementDefence::normalised).toList(),
                        Comparator.comparing(StatementDefence::receivedDate, Comparator.nullsLast(Comparator.naturalOrder()))),
                hearingRequestDate, hearingDate, serviceDate, Texts.clean(serviceMethod), publicationDate,
                publicationWithdrawnDate, transferType, Texts.clean(transferOrgan), transferDate,
                sorted(payments == null ? null : payments.stream().filter(Objects::nonNull).map(PenaltyPayment::normalised).toList(),
                        Comparator.comparing(PenaltyPayment::paidDate, Comparator.nullsLast(Comparator.naturalOrder()))),
                sorted(measures == null ? null : measures.stream().filter(Objects::nonNull).map(CoerciveMeasure::normalised).toList(),
                        Comparator.comparing(CoerciveMeasure::decidedDate, Comparator.nullsLast(Comparator.naturalOrder()))),
                courtApplicationDate, closedDate, archivedDate);
    }

    /** The first statement or defence received, or null. */
    public LocalDate firstDefenceDate() {
        return defences == null ? null : defences.stream().map(StatementDefence::receivedDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Sorted by the order, ties by their whole content, so that equal lists compare equal. */
    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list == null ? List.of()
                : list.stream().filter(Objects::nonNull).sorted(order.thenComparing(String::valueOf)).toList();
    }
}
