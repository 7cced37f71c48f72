package org.casework.enforcement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casework.base.BusinessRuleException;

/**
 * Rules on the penalties of a proposal or decision: what may be imposed (第九条, 第十八条), whether a
 * penalty is heavier than the one notified (第四十四条, 第四十五条第二款), and whether it gives the party
 * the right to a hearing (第六十三条).
 */
final class PenaltyRules {

    /** 第六十三条第一款第三、四项 (and 限制开展生产经营活动 as a comparable heavy penalty). */
    static final Set<PenaltyType> HEARING_TYPES = EnumSet.of(PenaltyType.QUALIFICATION_LOWERED, PenaltyType.LICENCE_REVOKED,
            PenaltyType.PRODUCTION_SUSPENDED, PenaltyType.CLOSURE, PenaltyType.PRACTICE_RESTRICTED, PenaltyType.BUSINESS_RESTRICTED);

    private PenaltyRules() {
    }

    /** The items of a proposal or decision, checked and normalised. */
    static List<ProposedPenalty> checkedItems(List<ProposedPenalty> items) {
        List<ProposedPenalty> list = items == null ? List.of() : items.stream().filter(Objects::nonNull).map(ProposedPenalty::normalised).toList();
        if (list.isEmpty()) {
            throw new BusinessRuleException("处罚种类", "拟给予行政处罚的，须至少填写一项处罚（《行政处罚法》第九条）");
        }
        for (ProposedPenalty i : list) {
            if (i.type() == null) {
                throw new BusinessRuleException("处罚种类", "请选择每项处罚的种类");
            }
            if (i.type() == PenaltyType.DETENTION) {
                throw new BusinessRuleException("处罚种类", "行政拘留只能由公安机关决定（《行政处罚法》第十八条第三款）");
            }
            if (i.detail() != null && i.detail().length() > 300) {
                throw new BusinessRuleException("处罚内容", "处罚内容说明不能超过300个字");
            }
            if (i.amount() != null) {
                if (i.amount().signum() <= 0 || !Amounts.hasAtMostTwoDecimals(i.amount()) || i.amount().compareTo(Amounts.MAX) > 0) {
                    throw new BusinessRuleException("处罚金额", i.type().label() + "的金额须大于0元，最多两位小数");
                }
                if (i.type() != PenaltyType.FINE && i.type() != PenaltyType.CONFISCATION) {
                    throw new BusinessRuleException("处罚金额", i.type().label() + "不填写金额（只有罚款和没收有金额）");
                }
            }
            if (i.type() == PenaltyType.FINE && i.amount() == null) {
                throw new BusinessRuleException("罚款金额", "罚款须填写金额（《行政处罚法》第九条）");
            }
        }
        if (list.stream().filter(i -> i.type() == PenaltyType.FINE).count() > 1) {
            throw new BusinessRuleException("处罚种类", "同一决定中罚款只填写一项（合计金额）");
        }
        return list;
    }

    /** Why {@code decided} is heavier than {@code notified}, or null when it is not. */
    static String heavierThan(List<ProposedPenalty> decided, List<ProposedPenalty> notified) {
        List<String> why = new ArrayList<>();
        PenaltyType heaviestDecided = PenaltyType.heaviest(decided.stream().map(ProposedPenalty::type).toList());
        PenaltyType heaviestNotified = PenaltyType.heaviest(notified.stream().map(ProposedPenalty::type).toList());
        if (heaviestDecided != null && heaviestNotified != null && heaviestDecided.compareTo(heaviestNotified) > 0) {
            why.add("处罚种类由" + heaviestNotified.label() + "加重为" + heaviestDecided.label());
        }
        decided.stream().map(ProposedPenalty::type).distinct()
                .filter(t -> notified.stream().noneMatch(n -> n.type() == t))
                .forEach(t -> why.add("增加了告知时没有的" + t.label()));
        for (PenaltyType t : List.of(PenaltyType.FINE, PenaltyType.CONFISCATION)) {
            BigDecimal d = ProposedPenalty.total(decided, t);
            BigDecimal n = ProposedPenalty.total(notified, t);
            if (d != null && n != null && d.compareTo(n) > 0) {
                why.add(t.label() + "金额由" + n.toPlainString() + "元提高到" + d.toPlainString() + "元");
            }
        }
        return why.isEmpty() ? null : String.join("，", why);
    }

    /**
     * Why the proposed penalty gives the party the right to a hearing (第六十三条), or null: a heavy
     * penalty type, or a fine or confiscation at or above the threshold for the party and field.
     */
    static String hearingGround(List<ProposedPenalty> items, HearingThresholdRow threshold) {
        List<String> why = new ArrayList<>();
        items.stream().map(ProposedPenalty::type).filter(HEARING_TYPES::contains).distinct()
                .forEach(t -> why.add(t.label() + "（第六十三条第一款第三、四项）"));
        BigDecimal fine = ProposedPenalty.total(items, PenaltyType.FINE);
        if (fine != null && threshold.fineAmount() != null && fine.compareTo(threshold.fineAmount()) >= 0) {
            why.add("较大数额罚款：" + fine.toPlainString() + "元，达到" + threshold.fineAmount().toPlainString() + "元的标准");
        }
        BigDecimal confiscation = ProposedPenalty.total(items, PenaltyType.CONFISCATION);
        if (confiscation != null && threshold.confiscationAmount() != null && confiscation.compareTo(threshold.confiscationAmount()) >= 0) {
            why.add("没收较大数额违法所得或较大价值非法财物：" + confiscation.toPlainString() + "元");
        }
        return why.isEmpty() ? null : String.join("；", why);
    }
}
