package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.orBlank;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 立案审批表: the lead, the suspected violation and the two or more certified officers who will handle
 * the case (第四十二条), with the approvals. Opinions may be left blank for hand-written approval.
 *
 * @param handlers each officer with the number of the enforcement certificate, e.g. 李明（执法证号32059900101）
 */
public record FilingApprovalData(
        String caseName,
        String source,
        PartyInfo party,
        LocalDate discoveredOn,
        String summary,
        String suspectedViolation,
        List<String> handlers,
        String handlerOpinion,
        String unitOpinion,
        String headOpinion) implements DocumentData {

    public FilingApprovalData {
        required(caseName, "案由", null);
        required(source, "案件来源", null);
        Rules.party(party, "当事人", null);
        required(summary, "简要案情", "立案须有证据初步证明涉嫌违法");
        required(suspectedViolation, "涉嫌违反的规定", null);
        handlers = required(handlers, "承办人", PENALTY_LAW + "第四十二条");
        if (handlers.size() < 2) {
            throw new BusinessRuleException("承办人", "承办人不得少于两人，且应当具有行政执法资格（" + PENALTY_LAW + "第四十二条）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.FILING_APPROVAL;
    }

    @Override
    public DocumentContent toContent() {
        return DocumentContent.builder(type())
                .field("案由", caseName)
                .field("案件来源", source)
                .field("当事人", party.summary())
                .field("发现时间", ChineseFormats.numericDate(discoveredOn))
                .field("简要案情", summary)
                .field("涉嫌违反的规定", suspectedViolation)
                .field("承办人", String.join("、", handlers))
                .field("承办人意见", orBlank(handlerOpinion))
                .field("承办机构意见", orBlank(unitOpinion))
                .field("负责人审批意见", orBlank(headOpinion))
                .seal()
                .build();
    }
}
