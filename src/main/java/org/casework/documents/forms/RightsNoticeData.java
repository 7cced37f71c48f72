package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.MEDIATION_LAW;
import static org.casework.documents.forms.Rules.required;

import java.util.List;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 人民调解权利义务告知书: the principles of people's mediation (第三条, 第四条) and the parties' rights
 * (第二十三条) and duties (第二十四条), acknowledged by each party's signature.
 */
public record RightsNoticeData(List<String> partyNames) implements DocumentData {

    public RightsNoticeData {
        partyNames = required(partyNames, "当事人", MEDIATION_LAW + "第二十三条");
    }

    @Override
    public DocumentType type() {
        return DocumentType.RIGHTS_NOTICE;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type())
                .line(String.join("、", partyNames), "")
                .paragraph("根据" + MEDIATION_LAW + "的规定，人民调解委员会调解民间纠纷，在当事人自愿、平等的基础上进行调解，不违背法律、法规和国家政策，"
                        + "尊重当事人的权利，不因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。人民调解委员会调解民间纠纷，不收取任何费用。"
                        + "现将当事人在人民调解活动中享有的权利和应当履行的义务告知如下：")
                .heading("一、当事人享有下列权利（第二十三条）")
                .paragraph("（一）选择或者接受人民调解员；")
                .paragraph("（二）接受调解、拒绝调解或者要求终止调解；")
                .paragraph("（三）要求调解公开进行或者不公开进行；")
                .paragraph("（四）自主表达意愿、自愿达成调解协议。")
                .heading("二、当事人应当履行下列义务（第二十四条）")
                .paragraph("（一）如实陈述纠纷事实；")
                .paragraph("（二）遵守调解现场秩序，尊重人民调解员；")
                .paragraph("（三）尊重对方当事人行使权利。")
                .heading("三、调解协议的效力")
                .paragraph("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（第三十一条）。经人民调解委员会调解达成调解协议后，"
                        + "双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认（第三十三条）。")
                .paragraph("以上内容，当事人已阅读并知悉。");
        for (String name : partyNames) {
            b.sign("当事人（签名）", name);
        }
        return b.seal().build();
    }
}
