package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 当场行政处罚决定书 (简易程序, 第五十一、五十二条): a warning, or a fine of at most 200 yuan on a citizen
 * and 3,000 yuan on an organisation; the act, the kind and basis of the penalty, the amount, time and
 * place, the remedies and the body, signed by the officers. A fine may be collected on the spot only
 * up to 100 yuan, or where paying later would be hard (第六十八条).
 *
 * @param collectedOnSpot whether the officers collected the fine on the spot (receipt issued)
 */
public record OnTheSpotDecisionData(
        PartyInfo party,
        LocalDateTime actAt,
        String place,
        String facts,
        String violatedProvision,
        String penaltyBasis,
        BigDecimal fine,
        boolean collectedOnSpot,
        boolean hardToPayLater,
        String paymentAccount,
        List<String> officers,
        String reconsiderationBody,
        String court) implements DocumentData {

    static final BigDecimal CITIZEN_LIMIT = new BigDecimal("200");
    static final BigDecimal ORGANISATION_LIMIT = new BigDecimal("3000");
    static final BigDecimal ON_THE_SPOT_COLLECTION_LIMIT = new BigDecimal("100");
    private static final String SOURCE = PENALTY_LAW + "第五十二条";

    public OnTheSpotDecisionData {
        Rules.party(party, "当事人", SOURCE);
        required(actAt, "违法行为时间", SOURCE);
        required(place, "违法行为地点", SOURCE);
        required(facts, "违法行为", SOURCE);
        required(violatedProvision, "违反的规定", SOURCE);
        required(penaltyBasis, "处罚依据", SOURCE);
        officers = required(officers, "执法人员", SOURCE);
        required(reconsiderationBody, "行政复议机关", SOURCE);
        required(court, "管辖法院", SOURCE);
        if (fine != null) {
            BigDecimal limit = party.organisation() ? ORGANISATION_LIMIT : CITIZEN_LIMIT;
            if (fine.compareTo(limit) > 0) {
                throw new BusinessRuleException("罚款金额", "当场处罚的罚款不得超过" + (party.organisation() ? "三千元（法人或者其他组织）" : "二百元（公民）")
                        + "，超过的应当适用普通程序（" + PENALTY_LAW + "第五十一条）");
            }
            if (collectedOnSpot && !hardToPayLater && fine.compareTo(ON_THE_SPOT_COLLECTION_LIMIT) > 0) {
                throw new BusinessRuleException("当场收缴", "一百元以上的罚款不得当场收缴，边远、水上、交通不便地区当事人确有困难的除外（"
                        + PENALTY_LAW + "第六十八条）");
            }
            if (!collectedOnSpot) {
                required(paymentAccount, "缴款银行或缴款方式", SOURCE);
            }
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.ON_THE_SPOT_DECISION;
    }

    @Override
    public DocumentContent toContent() {
        String you = party.you();
        String penalty = fine == null ? "警告" : "罚款" + ChineseFormats.amount(fine);
        DocumentContent.Builder b = DocumentContent.builder(type()).date(actAt.toLocalDate());
        party.addLines(b, "当事人");
        b.paragraph(you + "于" + ChineseFormats.numericDateTime(actAt) + "在" + place + facts + "，违反了" + violatedProvision
                + "的规定。依据" + penaltyBasis + "和" + PENALTY_LAW + "第五十一条、第五十二条的规定，决定当场给予" + you + penalty + "的行政处罚。");
        if (fine != null) {
            b.paragraph(collectedOnSpot
                    ? "罚款由执法人员当场收缴，并出具专用票据（" + PENALTY_LAW + "第六十八条、第七十条）。"
                    : you + "应当自收到本决定书之日起十五日内，将罚款缴至" + paymentAccount + "。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，"
                            + "加处罚款的数额不超出罚款的数额。");
        }
        return b.paragraph(you + "如不服本行政处罚决定，可以自收到本决定书之日起六十日内向" + reconsiderationBody + "申请行政复议，也可以自收到本决定书之日起六个月内依法向"
                        + court + "提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。")
                .sign("执法人员（签名）", String.join("、", officers))
                .sign("当事人（签收）", "")
                .seal()
                .note("执法人员当场作出行政处罚决定的，应当报所属行政机关备案（" + SOURCE + "）。本决定书当场交付当事人。")
                .build();
    }
}
