package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;
import org.casework.mediation.MediationForms.AssignmentForm;
import org.casework.mediation.MediationForms.ConfirmationApplicationForm;
import org.casework.mediation.MediationForms.CourtDecisionForm;
import org.casework.mediation.MediationForms.ExtensionForm;
import org.casework.mediation.MediationForms.IntakeForm;
import org.casework.mediation.MediationForms.OralAgreementForm;
import org.casework.mediation.MediationForms.PartyEntry;
import org.casework.mediation.MediationForms.RegistrationForm;
import org.casework.mediation.MediationForms.RiskReportForm;
import org.casework.mediation.MediationForms.SessionForm;
import org.casework.mediation.MediationForms.TerminationForm;
import org.casework.mediation.MediationForms.VisitForm;
import org.casework.mediation.MediationForms.WillingnessForm;
import org.casework.mediation.MediationForms.WrittenAgreementForm;

/**
 * The rules of each step of the mediation process (《中华人民共和国人民调解法》 and the house rules); each
 * violation names its field by the Chinese label of the form and, where there is one, the article.
 */
final class MediationRules {

    static final String LAW = "《中华人民共和国人民调解法》";

    private MediationRules() {
    }

    static List<RuleViolation> intake(IntakeForm f, LocalDateTime now) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.kind() == null) {
            v.add(new RuleViolation("调解类型", "请选择调解类型（人民调解、行政调解、矛调中心）"));
        }
        if (f.source() == null) {
            v.add(new RuleViolation("纠纷来源", "请选择纠纷来源：当事人申请、调解组织主动调解或接受委托移送（" + LAW + "第十七条、第十八条）"));
        } else if (f.source() == IntakeSource.REFERRED) {
            requiredLaw(v, "移送单位", f.referredBy(), 200, "：接受委托移送的纠纷须写明移送的人民法院或公安机关（" + LAW + "第十八条）");
        }
        if (f.category() == null || !DisputeCategories.isKnown(f.category())) {
            v.add(new RuleViolation("纠纷类别", "请选择纠纷类别：" + String.join("、", DisputeCategories.ALL)));
        }
        parties(f, v);
        if (f.source() == IntakeSource.APPLIED) {
            TextRules.required(v, "申请事项", f.request(), 2000);
        } else {
            TextRules.optional(v, "申请事项", f.request(), 2000);
        }
        TextRules.required(v, "纠纷简要情况", f.facts(), 4000);
        if (f.receivedAt() == null) {
            v.add(new RuleViolation("来访（申请）时间", "来访（申请）时间不能为空"));
        } else if (f.receivedAt().isAfter(now.plusMinutes(1))) {
            v.add(new RuleViolation("来访（申请）时间", "来访（申请）时间不能晚于现在"));
        }
        TextRules.optional(v, "编号", f.disputeNo(), 100);
        return v;
    }

    private static void parties(IntakeForm f, List<RuleViolation> v) {
        List<PartyEntry> named = f.parties().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank()).toList();
        if (named.size() < 2) {
            v.add(new RuleViolation("当事人", "民间纠纷至少有双方当事人，请填写各方当事人"));
            return;
        }
        if (named.stream().anyMatch(p -> p.kind() == null)) {
            v.add(new RuleViolation("当事人", "请为每位当事人选择类型（自然人、法人、其他组织）"));
        }
        if (named.stream().anyMatch(p -> p.name().trim().length() > 200)) {
            v.add(new RuleViolation("当事人", "当事人姓名或名称不能超过200个字"));
        }
        if (named.stream().map(p -> p.name().trim()).distinct().count() < named.size()) {
            v.add(new RuleViolation("当事人", "同一当事人不能重复填写"));
        }
        if (String.join("、", named.stream().map(p -> p.name().trim()).toList()).length() > 500) {
            v.add(new RuleViolation("当事人", "当事人名单不能超过500个字"));
        }
        if (f.source() == IntakeSource.APPLIED && named.stream().noneMatch(p -> p.role() == DisputePartyRole.APPLICANT)) {
            v.add(new RuleViolation("当事人", "当事人申请调解的，须指明申请人（" + LAW + "第十七条）"));
        }
    }

    static List<RuleViolation> willingness(WillingnessForm f, LocalDate received, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "询问日期", f.askedOn(), received, "接待日期", today);
        if (!f.allAccept()) {
            TextRules.required(v, "拒绝调解的当事人", f.refusingParty(), 200);
            TextRules.required(v, "拒绝理由", f.refusalReason(), 300);
        }
        return v;
    }

    static List<RuleViolation> registration(RegistrationForm f, LocalDate received, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "受理日期", f.acceptedOn(), received, "接待日期", today);
        if (!f.rightsNoticeGiven()) {
            v.add(new RuleViolation("已告知权利义务", "受理纠纷时应当告知当事人在调解活动中享有的权利和承担的义务（" + LAW + "第二十三条、第二十四条）"));
        }
        return v;
    }

    /**
     * @param activeIds   the mediators already on the dispute (not recused)
     * @param roster      the names of the body's active mediators by id
     * @param partyNames  the parties, who cannot mediate their own dispute
     */
    static List<RuleViolation> assignment(AssignmentForm f, Set<Long> activeIds, java.util.Map<Long, String> roster,
                                          List<String> partyNames, boolean centre) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.selection() == null) {
            v.add(new RuleViolation("产生方式", "请选择调解员产生方式：调解委员会指定或当事人选择（" + LAW + "第十九条）"));
        }
        Set<Long> recused = f.recusals().stream().map(MediationForms.Recusal::mediatorId).collect(Collectors.toSet());
        for (MediationForms.Recusal r : f.recusals()) {
            if (!activeIds.contains(r.mediatorId())) {
                v.add(new RuleViolation("回避", "只能对本案现任调解员申请回避"));
            } else if (r.reason() == null || r.reason().isBlank()) {
                v.add(new RuleViolation("回避", "调解员回避须写明理由"));
            }
        }
        for (Long id : f.mediatorIds()) {
            String name = roster.get(id);
            if (name == null) {
                v.add(new RuleViolation("调解员", "调解员须从本调解组织的调解员名册中选定，且在聘期内（" + LAW + "第十九条）"));
            } else if (recused.contains(id)) {
                v.add(new RuleViolation("调解员", "已回避的调解员“" + name + "”不能再次指派"));
            } else if (partyNames.contains(name)) {
                v.add(new RuleViolation("调解员", "调解员“" + name + "”是本纠纷的当事人，应当回避"));
            }
        }
        long remaining = activeIds.stream().filter(id -> !recused.contains(id)).count()
                + f.mediatorIds().stream().filter(id -> !activeIds.contains(id)).distinct().count();
        if (remaining == 0) {
            v.add(new RuleViolation("调解员", "请至少指派一名调解员（" + LAW + "第十九条）"));
        }
        if (centre) {
            TextRules.required(v, "调解方案", f.plan(), 2000);
        } else {
            TextRules.optional(v, "调解方案", f.plan(), 2000);
        }
        return v;
    }

    static List<RuleViolation> session(SessionForm f, LocalDate accepted, LocalDateTime now) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.heldAt() == null) {
            v.add(new RuleViolation("调解时间", "调解时间不能为空"));
        } else if (f.heldAt().isAfter(now.plusMinutes(1))) {
            v.add(new RuleViolation("调解时间", "调解时间不能晚于现在：笔录记录已经进行的调解（" + LAW + "第二十二条）"));
        } else if (accepted != null && f.heldAt().toLocalDate().isBefore(accepted)) {
            v.add(new RuleViolation("调解时间", "调解时间不能早于受理日期"));
        }
        TextRules.required(v, "调解地点", f.place(), 200);
        TextRules.optional(v, "其他在场人员", f.othersPresent(), 200);
        TextRules.required(v, "调解记录", f.record(), 4000);
        TextRules.required(v, "本次调解结果", f.result(), 1000);
        if (f.next() == null) {
            v.add(new RuleViolation("下一步", "请选择下一步：继续调解、达成书面协议、达成口头协议、终止调解或更换调解员"));
        }
        return v;
    }

    static List<RuleViolation> riskReport(RiskReportForm f, LocalDate accepted, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "报告日期", f.reportedOn(), accepted, "受理日期", today);
        TextRules.required(v, "报告的公安机关", f.reportedTo(), 200);
        if (f.personsInvolved() == null || f.personsInvolved() < 1) {
            v.add(new RuleViolation("涉及人数", "请填写可能激化的纠纷涉及的人数（正整数），防止民转刑统计按此计人（" + LAW + "第二十五条）"));
        }
        TextRules.required(v, "风险情况", f.note(), 1000);
        return v;
    }

    static List<RuleViolation> extension(ExtensionForm f, LocalDate accepted, LocalDate today, MediationRule rule) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "同意日期", f.decidedOn(), accepted, "受理日期", today);
        if (f.days() < 1 || f.days() > rule.extensionDays()) {
            v.add(new RuleViolation("延长天数", "每次延长调解期限应在1至" + rule.extensionDays() + (rule.limitWorkingDays() ? "个工作日" : "日")
                    + "之间（本组织调解期限设置）"));
        }
        if (f.consentNote() == null || f.consentNote().isBlank()) {
            v.add(new RuleViolation("双方同意情况", "延长调解期限须经双方当事人同意，请记录各方同意的方式（签字、笔录等）"));
        } else {
            TextRules.optional(v, "双方同意情况", f.consentNote(), 500);
        }
        return v;
    }

    static List<RuleViolation> writtenAgreement(WrittenAgreementForm f, LocalDate accepted, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "签署日期", f.signedOn(), accepted, "受理日期", today);
        String source = "（" + LAW + "第二十九条）";
        requiredLaw(v, "纠纷的主要事实", f.facts(), 2000, source);
        requiredLaw(v, "争议事项", f.disputedMatters(), 1000, source);
        requiredLaw(v, "各方当事人的责任", f.responsibilities(), 1000, source);
        if (f.terms().stream().allMatch(t -> t == null || t.isBlank())) {
            v.add(new RuleViolation("协议内容", "调解协议书应当载明当事人达成调解协议的内容" + source));
        } else if (String.join("\n", f.terms()).length() > 4000) {
            v.add(new RuleViolation("协议内容", "协议内容不能超过4000个字"));
        }
        requiredLaw(v, "履行方式", f.performanceMethod(), 500, source);
        if (f.performanceDeadline() == null) {
            v.add(new RuleViolation("履行期限", "调解协议书应当载明履行的期限" + source));
        } else if (f.signedOn() != null && f.performanceDeadline().isBefore(f.signedOn())) {
            v.add(new RuleViolation("履行期限", "履行期限不能早于签署日期"));
        }
        amount(v, f.amount());
        if (!f.signedByAll()) {
            v.add(new RuleViolation("各方已签署", "调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（"
                    + LAW + "第二十九条）：请在各方签署后再确认"));
        }
        return v;
    }

    static List<RuleViolation> oralAgreement(OralAgreementForm f, LocalDate accepted, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "达成日期", f.agreedOn(), accepted, "受理日期", today);
        requiredLaw(v, "口头协议内容", f.content(), 4000, "（" + LAW + "第三十条：人民调解员应当记录协议内容）");
        amount(v, f.amount());
        return v;
    }

    static List<RuleViolation> termination(TerminationForm f, LocalDate accepted, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "终止日期", f.terminatedOn(), accepted, "受理日期", today);
        TextRules.required(v, "终止理由", f.reason(), 1000);
        requiredLaw(v, "告知的其他途径", f.otherRoutes(), 1000,
                "（" + LAW + "第二十六条：调解不成的，应当终止调解，并依据有关法律的规定，告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利）");
        return v;
    }

    static List<RuleViolation> visit(VisitForm f, LocalDate agreed, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        date(v, "回访日期", f.visitedOn(), agreed, "协议达成日期", today);
        TextRules.required(v, "回访方式", f.method(), 50);
        TextRules.required(v, "被回访人", f.visitedPersons(), 200);
        if (f.performance() == null) {
            v.add(new RuleViolation("履行情况", "请记录协议履行情况（" + LAW + "第三十一条：人民调解委员会应当对调解协议的履行情况进行监督）"));
        }
        TextRules.required(v, "满意度", f.satisfaction(), 32);
        if (f.riskFound()) {
            requiredLaw(v, "风险情况", f.riskNote(), 1000, "（" + LAW + "第二十五条）");
        }
        TextRules.optional(v, "回访情况", f.notes(), 2000);
        return v;
    }

    static List<RuleViolation> confirmationApplication(ConfirmationApplicationForm f, LocalDate agreed, LocalDate windowEnd,
                                                       LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.applied()) {
            date(v, "申请日期", f.appliedOn(), agreed, "协议生效日期", today);
            if (f.appliedOn() != null && windowEnd != null && f.appliedOn().isAfter(windowEnd)) {
                v.add(new RuleViolation("申请日期", "司法确认须自调解协议生效之日起三十日内共同申请（" + LAW + "第三十三条），申请期限至"
                        + windowEnd + "届满"));
            }
            TextRules.required(v, "受理法院", f.court(), 200);
        }
        return v;
    }

    static List<RuleViolation> courtDecision(CourtDecisionForm f, LocalDate applied, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.result() == null || f.result() == ConfirmationResult.NOT_APPLIED) {
            v.add(new RuleViolation("法院裁定", "请选择法院的裁定：确认调解协议有效或驳回申请"));
        }
        date(v, "裁定日期", f.decidedOn(), applied, "申请日期", today);
        return v;
    }

    private static void requiredLaw(List<RuleViolation> v, String label, String value, int max, String source) {
        if (value == null || value.isBlank()) {
            v.add(new RuleViolation(label, label + "不能为空" + source));
        } else {
            TextRules.optional(v, label, value, max);
        }
    }

    private static void amount(List<RuleViolation> v, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
            v.add(new RuleViolation("协议金额", "协议金额应为不小于0、最多两位小数的金额"));
        }
    }

    /** A date that must lie between an earlier date of the case and today. */
    private static void date(List<RuleViolation> v, String label, LocalDate value, LocalDate notBefore, String notBeforeLabel,
                             LocalDate today) {
        if (value == null) {
            v.add(new RuleViolation(label, label + "不能为空"));
        } else if (value.isAfter(today)) {
            v.add(new RuleViolation(label, label + "不能晚于今天"));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            v.add(new RuleViolation(label, label + "不能早于" + notBeforeLabel + "（" + notBefore + "）"));
        }
    }
}
