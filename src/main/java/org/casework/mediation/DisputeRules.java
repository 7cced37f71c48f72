package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;

/**
 * The rules a dispute must keep, on the screen and in the ledger import alike (《人民调解法》). Each
 * violation names its field by the Chinese label (= ledger column).
 */
final class DisputeRules {

    private DisputeRules() {
    }

    static boolean isAgreement(DisputeOutcome outcome) {
        return outcome == DisputeOutcome.WRITTEN || outcome == DisputeOutcome.ORAL;
    }

    static List<RuleViolation> check(DisputeForm f, List<LocalDate> followUpDates) {
        List<RuleViolation> v = new ArrayList<>();
        TextRules.required(v, "编号", f.disputeNo(), 100);
        if (f.kind() == null) {
            v.add(new RuleViolation("类型", "请选择调解类型（人民调解、行政调解、矛调中心）"));
        }
        if (f.source() == null) {
            v.add(new RuleViolation("来源", "请选择纠纷来源（申请、主动、委托移送）"));
        }
        if (f.category() == null || f.category().isBlank()) {
            v.add(new RuleViolation("纠纷类别", "纠纷类别不能为空"));
        } else if (!DisputeCategories.isKnown(f.category())) {
            v.add(new RuleViolation("纠纷类别", "纠纷类别“" + f.category().trim() + "”不在分类中，应为："
                    + String.join("、", DisputeCategories.ALL)));
        }
        parties(f.parties(), v);
        TextRules.optional(v, "纠纷事实", f.facts(), 4000);
        dates(f, followUpDates, v);
        agreement(f, v);
        if (f.personsInvolved() != null && f.personsInvolved() < 1) {
            v.add(new RuleViolation("涉及人数", "涉及人数应为正整数"));
        }
        return v;
    }

    /** The parties' names, trimmed, without blanks and repeats, in their order. */
    static List<String> names(List<String> parties) {
        return parties.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
    }

    private static void parties(List<String> parties, List<RuleViolation> v) {
        List<String> names = names(parties);
        if (names.isEmpty()) {
            v.add(new RuleViolation("当事人", "当事人不能为空"));
        } else if (names.stream().anyMatch(n -> n.length() > 200)) {
            v.add(new RuleViolation("当事人", "当事人姓名不能超过200个字"));
        } else if (String.join("、", names).length() > 500) {
            v.add(new RuleViolation("当事人", "当事人名单不能超过500个字"));
        }
    }

    private static void dates(DisputeForm f, List<LocalDate> followUpDates, List<RuleViolation> v) {
        if (f.acceptedDate() == null) {
            v.add(new RuleViolation("受理日期", "受理日期不能为空"));
        } else {
            if (f.closedDate() != null && f.closedDate().isBefore(f.acceptedDate())) {
                v.add(new RuleViolation("办结日期", "办结日期不能早于受理日期"));
            }
            if (followUpDates.stream().anyMatch(d -> d.isBefore(f.acceptedDate()))) {
                v.add(new RuleViolation("回访日期", "回访日期不能早于受理日期"));
            }
        }
        if (f.closedDate() != null && f.outcome() == null) {
            v.add(new RuleViolation("结果", "已办结的纠纷须填写调解结果（书面协议、口头协议、终止）"));
        }
        if (f.outcome() != null && f.closedDate() == null) {
            v.add(new RuleViolation("办结日期", "填写了调解结果的纠纷须填写办结日期"));
        }
    }

    /** Amount and judicial confirmation need an agreement (《人民调解法》第二十八至三十三条). */
    private static void agreement(DisputeForm f, List<RuleViolation> v) {
        boolean agreed = isAgreement(f.outcome());
        BigDecimal amount = f.agreementAmount();
        if (amount != null) {
            if (!agreed) {
                v.add(new RuleViolation("协议金额", "只有达成调解协议（书面或口头）的纠纷才能填写协议金额"));
            } else if (amount.signum() < 0) {
                v.add(new RuleViolation("协议金额", "协议金额不能为负数"));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                v.add(new RuleViolation("协议金额", "协议金额最多保留两位小数"));
            }
        }
        LocalDate confirmed = f.judicialConfirmationDate();
        if (confirmed != null) {
            if (!agreed) {
                v.add(new RuleViolation("司法确认日期",
                        "只有达成调解协议（书面或口头）的纠纷才能申请司法确认（《人民调解法》第三十三条）"));
            } else if (f.closedDate() != null && confirmed.isBefore(f.closedDate())) {
                v.add(new RuleViolation("司法确认日期", "司法确认日期不能早于调解协议达成日期（办结日期）"));
            }
        }
    }
}
