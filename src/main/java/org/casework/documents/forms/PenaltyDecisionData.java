package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.ordinal;
import static org.casework.documents.forms.Rules.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 行政处罚决定书 with the contents of 第五十九条: the party's name and address; the facts and the
 * evidence; the kinds of penalty and their basis; how and by when to perform (payment within 15 days,
 * 第六十七条, late surcharge 3 % a day capped at the fine, 第七十二条); the remedies (复议 within 60
 * days, 诉讼 within 6 months); the deciding body and the date, under its seal.
 *
 * @param statementsAndHearing the party's statement, defence or hearing and whether it was adopted; optional
 * @param paymentDays          15 under 第六十七条
 * @param paymentAccount       where to pay, e.g. 中国农业银行滨湖支行 非税收入专户（账号 …）或通过“江苏政务服务”网上缴款
 */
public record PenaltyDecisionData(
        PartyInfo party,
        String facts,
        String evidence,
        String statementsAndHearing,
        String violatedProvision,
        String penaltyBasis,
        List<PenaltyItem> items,
        int paymentDays,
        String paymentAccount,
        String reconsiderationBody,
        String court,
        LocalDate decidedOn) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第五十九条";

    public PenaltyDecisionData {
        Rules.party(party, "当事人", SOURCE);
        required(party.address(), "当事人地址", SOURCE);
        required(facts, "违法事实", SOURCE);
        required(evidence, "证据", SOURCE);
        required(violatedProvision, "违反的规定", SOURCE);
        required(penaltyBasis, "处罚依据", SOURCE);
        items = required(items, "行政处罚的种类", SOURCE);
        required(reconsiderationBody, "行政复议机关", SOURCE + "（申请行政复议的途径和期限）");
        required(court, "管辖法院", SOURCE + "（提起行政诉讼的途径和期限）");
        if (items.stream().anyMatch(PenaltyItem::payable)) {
            required(paymentAccount, "缴款银行或缴款方式", SOURCE + "（行政处罚的履行方式和期限）");
            if (paymentDays <= 0) {
                throw new BusinessRuleException("缴款期限", "缴款期限必须大于零（" + PENALTY_LAW + "第六十七条）");
            }
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.PENALTY_DECISION;
    }

    public BigDecimal payableTotal() {
        return items.stream().filter(PenaltyItem::payable).map(PenaltyItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public DocumentContent toContent() {
        String you = party.you();
        DocumentContent.Builder b = DocumentContent.builder(type()).date(decidedOn);
        party.addLines(b, "当事人");
        int n = 1;
        b.heading(ordinal(n++) + "违法事实和证据")
                .paragraph("经查，" + facts + "。")
                .paragraph("上述事实有" + evidence + "等证据证实。");
        if (statementsAndHearing != null && !statementsAndHearing.isBlank()) {
            b.heading(ordinal(n++) + "陈述、申辩和听证情况").paragraph(statementsAndHearing);
        }
        b.heading(ordinal(n++) + "行政处罚的种类和依据")
                .paragraph(you + "的上述行为违反了" + violatedProvision + "的规定。依据" + penaltyBasis + "的规定，本机关决定对" + you
                        + "作出如下行政处罚：");
        for (int i = 0; i < items.size(); i++) {
            b.paragraph(Rules.item(i + 1) + items.get(i).describe() + (i == items.size() - 1 ? "。" : "；"));
        }
        b.heading(ordinal(n++) + "行政处罚的履行方式和期限");
        BigDecimal total = payableTotal();
        if (total.signum() > 0) {
            b.paragraph("罚没款合计" + ChineseFormats.amount(total) + "。" + you + "应当自收到本决定书之日起"
                            + ChineseFormats.small(paymentDays) + "日内，将罚没款缴至" + paymentAccount + "。")
                    .paragraph("到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额；"
                            + "并可以依法申请人民法院强制执行（" + PENALTY_LAW + "第七十二条）。");
        } else {
            b.paragraph(you + "应当自收到本决定书之日起履行上述行政处罚决定。");
        }
        b.heading(ordinal(n) + "申请行政复议或者提起行政诉讼的途径和期限")
                .paragraph(you + "如不服本行政处罚决定，可以自收到本决定书之日起六十日内向" + reconsiderationBody
                        + "申请行政复议，也可以自收到本决定书之日起六个月内依法向" + court + "提起行政诉讼。")
                .paragraph("行政复议和行政诉讼期间，本行政处罚决定不停止执行，法律另有规定的除外（" + PENALTY_LAW + "第七十三条）。")
                .seal()
                .note("本决定书一式两份，一份送达当事人，一份存档。");
        return b.build();
    }
}
