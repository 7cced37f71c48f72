package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 法制审核意见书 (第五十八条): the review of jurisdiction, facts and evidence, characterisation, legal
 * basis, procedure and the appropriateness of the penalty, and the opinion. The reviewer may not be
 * one of the handling officers.
 *
 * @param findings one row per review item, e.g. ("执法主体", "本机关具有管辖权，执法人员持证执法")
 */
public record LegalReviewData(
        String caseName,
        String partyName,
        List<String> handlers,
        LocalDate submittedOn,
        String proposedDecision,
        List<Finding> findings,
        ReviewConclusion conclusion,
        String reasons,
        String reviewer) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第五十八条";

    /** One review item and what the reviewer found. */
    public record Finding(String item, String finding) {
    }

    public LegalReviewData {
        required(caseName, "案由", SOURCE);
        required(partyName, "当事人", SOURCE);
        handlers = required(handlers, "承办人", SOURCE);
        required(proposedDecision, "拟作出的处理决定", SOURCE);
        findings = required(findings, "审核内容", SOURCE);
        required(conclusion, "审核意见", SOURCE);
        required(reviewer, "审核人", SOURCE);
        if (handlers.contains(reviewer)) {
            throw new BusinessRuleException("审核人", "法制审核人员不得审核本人承办的案件（" + SOURCE + "）");
        }
        if (conclusion != ReviewConclusion.AGREE) {
            required(reasons, "审核理由", SOURCE);
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.LEGAL_REVIEW_OPINION;
    }

    @Override
    public DocumentContent toContent() {
        return DocumentContent.builder(type())
                .field("案由", caseName)
                .field("当事人", partyName)
                .field("承办人", String.join("、", handlers))
                .field("送审日期", ChineseFormats.numericDate(submittedOn))
                .field("拟作出的处理决定", proposedDecision)
                .heading("一、审核情况")
                .grid(List.of("审核事项", "审核意见"), findings.stream().map(f -> List.of(f.item(), f.finding())).toList())
                .heading("二、审核意见")
                .paragraph("经审核，" + conclusion.label() + "承办机构的处理意见" + (reasons == null || reasons.isBlank() ? "。" : "。理由：" + reasons + "。"))
                .paragraph("根据" + SOURCE + "的规定，未经法制审核或者审核未通过的，不得作出决定。")
                .sign("审核人（签名）", reviewer)
                .seal()
                .build();
    }
}
