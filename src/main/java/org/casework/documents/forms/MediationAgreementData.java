package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.MEDIATION_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 调解协议书 with the contents of 人民调解法 第二十九条: the parties' particulars; the main facts, the
 * matters in dispute and each side's responsibility; the terms agreed, how and by when they are
 * performed. It takes effect when the parties sign, seal or fingerprint it, the mediator signs and the
 * committee seals it; each party keeps a copy and the committee one.
 */
public record MediationAgreementData(
        List<PartyInfo> parties,
        String facts,
        String disputedMatters,
        String responsibilities,
        List<String> terms,
        String performanceMethod,
        LocalDate performanceDeadline,
        List<String> mediators) implements DocumentData {

    private static final String SOURCE = MEDIATION_LAW + "第二十九条";
    private static final String ROLES = "甲乙丙丁戊己庚辛壬癸";

    public MediationAgreementData {
        parties = required(parties, "当事人", SOURCE);
        if (parties.size() < 2) {
            throw new BusinessRuleException("当事人", "调解协议书应当载明双方（各方）当事人的基本情况（" + SOURCE + "）");
        }
        parties.forEach(p -> Rules.party(p, "当事人", SOURCE));
        required(facts, "纠纷的主要事实", SOURCE);
        required(disputedMatters, "争议事项", SOURCE);
        required(responsibilities, "各方当事人的责任", SOURCE);
        terms = required(terms, "调解协议的内容", SOURCE);
        required(performanceMethod, "履行方式", SOURCE);
        required(performanceDeadline, "履行期限", SOURCE);
        mediators = required(mediators, "人民调解员", SOURCE);
    }

    @Override
    public DocumentType type() {
        return DocumentType.MEDIATION_AGREEMENT;
    }

    /** 甲方, 乙方, 丙方 …. */
    public static String role(int index) {
        return index < ROLES.length() ? ROLES.charAt(index) + "方" : "当事人" + (index + 1);
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type());
        b.heading("一、当事人基本情况");
        for (int i = 0; i < parties.size(); i++) {
            b.line(role(i), parties.get(i).summary());
        }
        b.heading("二、纠纷的主要事实、争议事项")
                .paragraph(facts)
                .paragraph("争议事项：" + disputedMatters)
                .heading("三、各方当事人的责任")
                .paragraph(responsibilities)
                .heading("四、经人民调解委员会调解，各方当事人自愿达成如下协议");
        for (int i = 0; i < terms.size(); i++) {
            b.paragraph(Rules.item(i + 1) + terms.get(i));
        }
        b.heading("五、履行方式和期限")
                .paragraph("履行方式：" + performanceMethod + "。")
                .paragraph("履行期限：于" + ChineseFormats.numericDate(performanceDeadline) + "前履行完毕。")
                .paragraph("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。本协议一式"
                        + ChineseFormats.small(parties.size() + 1) + "份，当事人各执一份，人民调解委员会留存一份。")
                .paragraph("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（" + MEDIATION_LAW + "第三十一条）。"
                        + "各方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（" + MEDIATION_LAW + "第三十三条）。");
        for (int i = 0; i < parties.size(); i++) {
            b.sign(role(i) + "（签名、盖章或按指印）", parties.get(i).name());
        }
        return b.sign("人民调解员（签名）", String.join("、", mediators))
                .seal()
                .build();
    }
}
