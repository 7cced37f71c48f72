package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casework.base.RuleViolation;
import org.casework.party.PartyKind;

/**
 * The rules of law a penalty case must keep, the same for the screens and the ledger import. Each
 * broken rule is one violation naming the form label / ledger column and the article it comes from;
 * all of a case's violations are collected, not just the first.
 */
final class PenaltyCaseRules {

    static final BigDecimal SIMPLE_LIMIT_PERSON = new BigDecimal("200");
    static final BigDecimal SIMPLE_LIMIT_ORGANISATION = new BigDecimal("3000");
    private static final Set<PenaltyType> SIMPLE_TYPES = EnumSet.of(PenaltyType.WARNING, PenaltyType.FINE);

    private PenaltyCaseRules() {
    }

    /**
     * A payment without its date: refused on the screens; a ledger row is accepted with a data-quality
     * note (the ledger-import spec does not list it among the rules an import enforces).
     */
    static final RuleViolation UNDATED_PAYMENT = new RuleViolation("缴款日期", "填写了实缴金额或加处罚款的，须填写缴款日期");

    /** Every rule the case breaks; {@code f} is normalised. */
    static List<RuleViolation> check(PenaltyCaseForm f) {
        List<RuleViolation> v = new ArrayList<>();
        required(f, v);
        filing(f, v);
        decision(f, v);
        simpleProcedure(f, v);
        amounts(f, v);
        lines(f, v);
        return v;
    }

    private static void required(PenaltyCaseForm f, List<RuleViolation> v) {
        if (f.orgId() == null) {
            v.add(new RuleViolation("执法主体", "请选择执法主体"));
        }
        text(v, "案号", f.caseNo(), 100, true);
        if (f.procedure() == null) {
            v.add(new RuleViolation("程序", "请选择程序（简易、一般）"));
        }
        if (f.partyKind() == null) {
            v.add(new RuleViolation("当事人类型", "请选择当事人类型（自然人、法人、其他组织）"));
        }
        text(v, "当事人", f.partyName(), 200, true);
        text(v, "证件号码", f.partyIdNumber(), 64, false);
        text(v, "案由", f.cause(), 500, true);
        text(v, "执法领域", f.enforcementField(), 64, false);
        text(v, "委托机关", f.entrustingOrgan(), 200, false);
        text(v, "线索来源", f.leadSource(), 32, false);
        text(v, "送达方式", f.serviceMethod(), 32, false);
        text(v, "移送机关", f.transferOrgan(), 100, false);
        if (f.basisSource() == BasisSource.ENTRUSTED && f.entrustingOrgan() == null) {
            v.add(new RuleViolation("委托机关", "受委托实施行政处罚的，须填写委托机关（《行政处罚法》第二十条）"));
        }
    }

    private static void filing(PenaltyCaseForm f, List<RuleViolation> v) {
        if (f.procedure() == ProcedureType.GENERAL && f.filedDate() == null && f.outcome() != PenaltyOutcome.NOT_FILED) {
            v.add(new RuleViolation("立案日期",
                    "一般程序案件须填写立案日期（《行政处罚法》第五十四条：符合立案标准的，应当及时立案），决定不予立案的除外"));
        }
        if (f.extensionDays() < 0) {
            v.add(new RuleViolation("延期天数", "延期天数不能为负数"));
        }
        if (f.pausedDays() < 0) {
            v.add(new RuleViolation("中止天数", "中止天数不能为负数"));
        }
    }

    private static void decision(PenaltyCaseForm f, List<RuleViolation> v) {
        if (f.decisionDate() != null && f.filedDate() != null && f.decisionDate().isBefore(f.filedDate())) {
            v.add(new RuleViolation("决定日期", "决定日期（" + f.decisionDate() + "）不能早于立案日期（" + f.filedDate()
                    + "）：先立案、调查，再作出决定（《行政处罚法》第五十四条、第五十七条）"));
        }
        if (f.outcome() != null && f.decisionDate() == null) {
            v.add(new RuleViolation("决定日期", "已填写决定结果（" + f.outcome().label() + "）的，须填写决定日期"));
        }
        if (f.outcome() == null && f.decisionDate() != null) {
            v.add(new RuleViolation("决定结果", "已填写决定日期的，须填写决定结果（" + labels(PenaltyOutcome.class) + "）"));
        }
        if (f.outcome() == PenaltyOutcome.PENALTY && f.penaltyTypes().isEmpty()) {
            v.add(new RuleViolation("处罚种类", "决定给予行政处罚的，须至少填写一个处罚种类（《行政处罚法》第九条）"));
        }
        if (f.penaltyTypes().contains(PenaltyType.FINE)
                && (f.fineAmount() == null || f.fineAmount().signum() <= 0)) {
            v.add(new RuleViolation("罚款金额", "处罚种类含罚款的，罚款金额须大于0元（《行政处罚法》第九条）"));
        }
        if (f.fineAmount() != null && f.fineAmount().signum() > 0 && !f.penaltyTypes().contains(PenaltyType.FINE)) {
            v.add(new RuleViolation("处罚种类", "填写了罚款金额的，处罚种类须包含罚款"));
        }
        if (f.confiscationAmount() != null && f.confiscationAmount().signum() > 0
                && !f.penaltyTypes().contains(PenaltyType.CONFISCATION)) {
            v.add(new RuleViolation("处罚种类", "填写了没收金额的，处罚种类须包含没收"));
        }
        if (f.outcome() == PenaltyOutcome.NO_PENALTY && f.noPenaltyReason() == null) {
            v.add(new RuleViolation("不予处罚理由", "决定不予处罚的，须填写不予处罚理由（" + labels(NoPenaltyReason.class)
                    + "；《行政处罚法》第三十三条、第五十七条）"));
        }
        if (f.outcome() == PenaltyOutcome.TRANSFER) {
            String rule = "（《行政处罚法》第二十七条、第五十七条）";
            if (f.transferType() == null) {
                v.add(new RuleViolation("移送类型", "决定移送的，须填写移送类型（刑事、行政）" + rule));
            }
            if (f.transferOrgan() == null) {
                v.add(new RuleViolation("移送机关", "决定移送的，须填写接收移送的机关" + rule));
            }
            if (f.transferDate() == null) {
                v.add(new RuleViolation("移送日期", "决定移送的，须填写移送日期" + rule));
            }
        }
    }

    /** 《行政处罚法》第五十一条: on the spot only a warning, or a fine of at most 200 / 3000 yuan. */
    private static void simpleProcedure(PenaltyCaseForm f, List<RuleViolation> v) {
        if (f.procedure() != ProcedureType.SIMPLE) {
            return;
        }
        String rule = "简易程序只能当场作出警告或者罚款（对自然人200元以下、对法人或者其他组织3000元以下）的行政处罚"
                + "（《行政处罚法》第五十一条）";
        if (!SIMPLE_TYPES.containsAll(f.penaltyTypes())) {
            v.add(new RuleViolation("处罚种类", rule + "，不能适用于：" + f.penaltyTypes().stream()
                    .filter(t -> !SIMPLE_TYPES.contains(t)).map(PenaltyType::label).reduce((a, b) -> a + "、" + b).orElse("")));
        }
        if (f.confiscationAmount() != null && f.confiscationAmount().signum() > 0) {
            v.add(new RuleViolation("没收金额", rule + "，不能没收"));
        }
        BigDecimal limit = f.partyKind() == PartyKind.PERSON ? SIMPLE_LIMIT_PERSON : SIMPLE_LIMIT_ORGANISATION;
        if (f.partyKind() != null && f.fineAmount() != null && f.fineAmount().compareTo(limit) > 0) {
            v.add(new RuleViolation("罚款金额", rule + "；对" + f.partyKind().label() + "当场罚款不能超过"
                    + limit.toPlainString() + "元，本案为" + f.fineAmount().toPlainString() + "元，应适用一般程序"));
        }
    }

    private static void amounts(PenaltyCaseForm f, List<RuleViolation> v) {
        amount(v, "罚款金额", f.fineAmount());
        amount(v, "没收金额", f.confiscationAmount());
        for (PenaltyPayment p : f.payments()) {
            amount(v, "实缴金额", p.amount());
            amount(v, "加处罚款", p.surchargeAmount());
        }
    }

    private static void lines(PenaltyCaseForm f, List<RuleViolation> v) {
        if (f.discussions().stream().anyMatch(d -> d.meetingDate() == null)) {
            v.add(new RuleViolation("集体讨论日期", "每次集体讨论须填写日期"));
        }
        if (f.defences().stream().anyMatch(d -> d.receivedDate() == null)) {
            v.add(new RuleViolation("陈述申辩日期", "每次陈述申辩须填写收到日期"));
        }
        if (f.payments().stream().anyMatch(p -> p.paidDate() == null)) {
            v.add(UNDATED_PAYMENT);
        }
        for (CoerciveMeasure m : f.measures()) {
            if (m.type() == null || m.decidedDate() == null) {
                v.add(new RuleViolation("强制措施", "每项强制措施须填写种类和决定日期"));
            } else if (m.endedDate() != null && m.endedDate().isBefore(m.decidedDate())) {
                v.add(new RuleViolation("强制措施", m.type().label() + "的解除日期不能早于决定日期"));
            }
        }
        if (f.officers().stream().anyMatch(o -> o.officerId() == null || o.role() == null)) {
            v.add(new RuleViolation("承办人员", "请为每位承办人员选择人员和角色（主办、协办）"));
        } else if (f.officers().stream().map(CaseOfficer::officerId).distinct().count() < f.officers().size()) {
            v.add(new RuleViolation("承办人员", "同一执法人员不能重复列为承办人员"));
        }
    }

    /** Screens only: what has happened cannot carry a date after today. */
    static List<RuleViolation> notInFuture(PenaltyCaseForm f, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        past(v, "线索日期", f.leadDate(), today);
        past(v, "立案日期", f.filedDate(), today);
        past(v, "决定日期", f.decisionDate(), today);
        past(v, "法制审核完成日期", f.legalReviewDate(), today);
        f.discussions().forEach(d -> past(v, "集体讨论日期", d.meetingDate(), today));
        f.defences().forEach(d -> past(v, "陈述申辩日期", d.receivedDate(), today));
        past(v, "听证申请日期", f.hearingRequestDate(), today);
        past(v, "听证日期", f.hearingDate(), today);
        past(v, "送达日期", f.serviceDate(), today);
        past(v, "公开日期", f.publicationDate(), today);
        past(v, "撤回公开日期", f.publicationWithdrawnDate(), today);
        past(v, "移送日期", f.transferDate(), today);
        f.payments().forEach(p -> past(v, "缴款日期", p.paidDate(), today));
        f.measures().forEach(m -> past(v, "强制措施", m.decidedDate(), today));
        past(v, "申请法院强制执行日期", f.courtApplicationDate(), today);
        past(v, "结案日期", f.closedDate(), today);
        past(v, "归档日期", f.archivedDate(), today);
        return v.stream().distinct().toList();
    }

    private static void past(List<RuleViolation> v, String label, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            v.add(new RuleViolation(label, label + "不能晚于今天：已经发生的事项不能登记未来的日期"));
        }
    }

    private static void text(List<RuleViolation> v, String label, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                v.add(new RuleViolation(label, label + "不能为空"));
            }
        } else if (value.length() > max) {
            v.add(new RuleViolation(label, label + "不能超过" + max + "个字"));
        }
    }

    /** Amounts in yuan: not negative, at most two decimals, within DECIMAL(14,2). */
    private static void amount(List<RuleViolation> v, String label, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            v.add(new RuleViolation(label, label + "不能为负数"));
        } else if (!Amounts.hasAtMostTwoDecimals(amount)) {
            v.add(new RuleViolation(label, label + "最多保留两位小数（单位：元）"));
        } else if (amount.compareTo(Amounts.MAX) > 0) {
            v.add(new RuleViolation(label, label + "超出可登记的范围"));
        }
    }

    private static <E extends Enum<E> & org.casework.base.Labelled> String labels(Class<E> type) {
        return org.casework.base.Labelled.labels(type);
    }
}
