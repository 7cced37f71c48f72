package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 行政处罚事先告知书 (第四十四条): the proposed penalty with its facts, reasons and basis, and the
 * party's rights to state and defend (第四十五条) and, where 第六十三条 applies, to a hearing.
 *
 * @param defenceDays   working days to state and defend (5 by default, configurable per org)
 * @param hearingRight  whether the proposed penalty is hearing-eligible (第六十三条)
 * @param hearingDays   working days to request a hearing (5, 第六十四条)
 */
public record PriorNoticeData(
        PartyInfo party,
        String facts,
        String evidence,
        String violatedProvision,
        String penaltyBasis,
        String proposedPenalty,
        int defenceDays,
        boolean hearingRight,
        int hearingDays,
        String contactPerson,
        String contactPhone,
        String contactAddress) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第四十四条";

    public PriorNoticeData {
        Rules.party(party, "当事人", SOURCE);
        required(facts, "违法事实", SOURCE);
        required(violatedProvision, "违反的规定", SOURCE);
        required(penaltyBasis, "处罚依据", SOURCE);
        required(proposedPenalty, "拟作出的行政处罚", SOURCE);
        if (defenceDays <= 0) {
            throw new BusinessRuleException("陈述申辩期限", "陈述、申辩期限必须大于零（" + PENALTY_LAW + "第四十五条）");
        }
        if (hearingRight && hearingDays <= 0) {
            throw new BusinessRuleException("听证申请期限", "听证申请期限必须大于零（" + PENALTY_LAW + "第六十四条）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.PRIOR_NOTICE;
    }

    @Override
    public DocumentContent toContent() {
        String you = party.you();
        DocumentContent.Builder b = DocumentContent.builder(type());
        party.addLines(b, "当事人");
        b.paragraph("经查，" + facts + "。")
                .paragraphIfPresent(evidence == null || evidence.isBlank() ? null : "以上事实有" + evidence + "等证据为证。")
                .paragraph(you + "的上述行为违反了" + violatedProvision + "的规定。依据" + penaltyBasis + "的规定，本机关拟对" + you
                        + "作出如下行政处罚：" + proposedPenalty + "。")
                .paragraph("根据" + PENALTY_LAW + "第四十四条、第四十五条的规定，" + you + "享有陈述、申辩的权利。" + you
                        + "可以自收到本告知书之日起" + ChineseFormats.small(defenceDays) + "个工作日内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。");
        if (hearingRight) {
            b.paragraph("根据" + PENALTY_LAW + "第六十三条、第六十四条的规定，" + you + "有权要求举行听证。" + you
                    + "要求听证的，应当自收到本告知书之日起" + ChineseFormats.small(hearingDays)
                    + "个工作日内向本机关提出；逾期未提出的，视为放弃听证的权利。当事人不承担组织听证的费用。");
        }
        b.lineIfPresent("联系人", contactPerson)
                .lineIfPresent("联系电话", contactPhone)
                .lineIfPresent("联系地址", contactAddress)
                .seal()
                .sign("当事人（签收）", "")
                .note("本告知书一式两份，一份送达当事人，一份存档。");
        return b.build();
    }
}
