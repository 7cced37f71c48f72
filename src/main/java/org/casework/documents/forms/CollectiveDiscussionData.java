package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 集体讨论记录 (第五十七条第二款): the heads' collective decision on a complex or serious case (and on
 * every case that went through legal review).
 */
public record CollectiveDiscussionData(
        String caseName,
        String partyName,
        LocalDateTime heldAt,
        String place,
        String chair,
        String recorder,
        List<String> attendees,
        String reporter,
        String caseReport,
        List<Statement> opinions,
        String decision) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第五十七条第二款";

    public CollectiveDiscussionData {
        required(caseName, "案由", SOURCE);
        required(partyName, "当事人", SOURCE);
        required(heldAt, "讨论时间", SOURCE);
        required(place, "讨论地点", SOURCE);
        required(chair, "主持人", SOURCE);
        required(recorder, "记录人", SOURCE);
        attendees = required(attendees, "参加人员", SOURCE);
        required(caseReport, "案情汇报", SOURCE);
        opinions = required(opinions, "讨论意见", SOURCE);
        required(decision, "讨论决定", SOURCE);
    }

    @Override
    public DocumentType type() {
        return DocumentType.COLLECTIVE_DISCUSSION;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type())
                .field("案由", caseName)
                .field("当事人", partyName)
                .field("时间", ChineseFormats.numericDateTime(heldAt))
                .field("地点", place)
                .field("主持人", chair)
                .field("记录人", recorder)
                .field("参加人员", String.join("、", attendees))
                .field("汇报人", reporter == null ? "" : reporter)
                .heading("一、案情及处理意见汇报")
                .paragraph(caseReport)
                .heading("二、讨论意见");
        for (Statement s : opinions) {
            b.line(s.speaker(), s.text());
        }
        return b.heading("三、讨论决定")
                .paragraph(decision)
                .signUndated("主持人（签名）", chair)
                .signUndated("记录人（签名）", recorder)
                .signUndated("参加人员（签名）", "")
                .date(heldAt.toLocalDate())
                .build();
    }
}
