package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.MEDIATION_LAW;
import static org.casework.documents.forms.Rules.orBlank;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 受理登记表: how the dispute came in (申请, 主动调解, 接受委托移送, 第十七、十八条), its type, the
 * parties, a summary, and the decision to accept it.
 *
 * @param source      申请 / 主动调解 / 委托移送
 * @param referredBy  the court or 公安 office that referred it, if any
 */
public record IntakeRegisterData(
        String source,
        String referredBy,
        String disputeType,
        List<PartyInfo> parties,
        String summary,
        LocalDate receivedOn,
        String receivedBy,
        String acceptance,
        List<String> mediators) implements DocumentData {

    private static final String SOURCE = MEDIATION_LAW + "第十七条、第十八条";

    public IntakeRegisterData {
        required(source, "纠纷来源", SOURCE);
        required(disputeType, "纠纷类型", SOURCE);
        parties = required(parties, "当事人", SOURCE);
        parties.forEach(p -> Rules.party(p, "当事人", SOURCE));
        required(summary, "纠纷简要情况", SOURCE);
        required(receivedOn, "受理日期", SOURCE);
        required(receivedBy, "登记人", SOURCE);
        mediators = Rules.optional(mediators);
    }

    @Override
    public DocumentType type() {
        return DocumentType.INTAKE_REGISTER;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type()).date(receivedOn)
                .field("纠纷来源", source + (referredBy == null || referredBy.isBlank() ? "" : "（" + referredBy + "）"))
                .field("纠纷类型", disputeType);
        for (int i = 0; i < parties.size(); i++) {
            b.field("当事人" + (parties.size() > 1 ? ChineseFormats.small(i + 1) : ""), parties.get(i).summary());
        }
        return b.field("纠纷简要情况", summary)
                .field("受理日期", ChineseFormats.numericDate(receivedOn))
                .field("登记人", receivedBy)
                .field("受理意见", acceptance == null || acceptance.isBlank() ? "予以受理" : acceptance)
                .field("指派调解员", orBlank(String.join("、", mediators)))
                .seal()
                .build();
    }
}
