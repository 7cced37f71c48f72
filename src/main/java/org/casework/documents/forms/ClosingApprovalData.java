package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.orBlank;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 结案审批表: filled in within 15 working days after a case ends (full execution, terminated
 * enforcement, terminated investigation, no penalty, transfer), with the approvals.
 *
 * @param closingReason e.g. 执行完毕, 终结执行, 终止调查, 不予行政处罚, 移送司法机关
 */
public record ClosingApprovalData(
        String caseName,
        String caseNumber,
        String partyName,
        LocalDate filedOn,
        String decisionNumber,
        String outcome,
        String execution,
        String closingReason,
        List<String> handlers,
        String handlerOpinion,
        String headOpinion) implements DocumentData {

    private static final String SOURCE = "结案审批";

    public ClosingApprovalData {
        required(caseName, "案由", SOURCE);
        required(partyName, "当事人", SOURCE);
        required(outcome, "处理结果", SOURCE);
        required(closingReason, "结案理由", SOURCE);
        handlers = required(handlers, "承办人", SOURCE);
    }

    @Override
    public DocumentType type() {
        return DocumentType.CLOSING_APPROVAL;
    }

    @Override
    public DocumentContent toContent() {
        return DocumentContent.builder(type())
                .field("案由", caseName)
                .field("案件编号", orBlank(caseNumber))
                .field("当事人", partyName)
                .field("立案日期", ChineseFormats.numericDate(filedOn))
                .field("处罚决定书文号", orBlank(decisionNumber))
                .field("处理结果", outcome)
                .field("执行情况", orBlank(execution))
                .field("结案理由", closingReason)
                .field("承办人", String.join("、", handlers))
                .field("承办人意见", orBlank(handlerOpinion))
                .field("负责人审批意见", orBlank(headOpinion))
                .seal()
                .build();
    }
}
