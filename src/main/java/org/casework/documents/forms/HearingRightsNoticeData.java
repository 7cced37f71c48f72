package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 听证告知书: tells a party facing a hearing-eligible penalty (第六十三条) of the right to a hearing and
 * the window to ask for one (5 working days, 第六十四条).
 */
public record HearingRightsNoticeData(
        PartyInfo party,
        String facts,
        String violatedProvision,
        String penaltyBasis,
        String proposedPenalty,
        int requestDays,
        String contactPerson,
        String contactPhone) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第六十三条、第六十四条";

    public HearingRightsNoticeData {
        Rules.party(party, "当事人", SOURCE);
        required(facts, "违法事实", SOURCE);
        required(violatedProvision, "违反的规定", SOURCE);
        required(penaltyBasis, "处罚依据", SOURCE);
        required(proposedPenalty, "拟作出的行政处罚", SOURCE);
        if (requestDays <= 0) {
            throw new BusinessRuleException("听证申请期限", "听证申请期限必须大于零（" + PENALTY_LAW + "第六十四条）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.HEARING_RIGHTS_NOTICE;
    }

    @Override
    public DocumentContent toContent() {
        String you = party.you();
        DocumentContent.Builder b = DocumentContent.builder(type());
        party.addLines(b, "当事人");
        return b.paragraph("经查，" + facts + "。" + you + "的上述行为违反了" + violatedProvision + "的规定，依据" + penaltyBasis
                        + "的规定，本机关拟对" + you + "作出" + proposedPenalty + "的行政处罚。")
                .paragraph("根据" + PENALTY_LAW + "第六十三条、第六十四条的规定，" + you + "有要求举行听证的权利。" + you
                        + "要求听证的，应当自收到本告知书之日起" + ChineseFormats.small(requestDays)
                        + "个工作日内向本机关提出；逾期未提出的，视为放弃听证的权利。当事人不承担组织听证的费用。")
                .lineIfPresent("联系人", contactPerson)
                .lineIfPresent("联系电话", contactPhone)
                .seal()
                .sign("当事人（签收）", "")
                .note("本告知书一式两份，一份送达当事人，一份存档。")
                .build();
    }
}
