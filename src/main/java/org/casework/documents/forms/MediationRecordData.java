package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.MEDIATION_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/** 调解笔录: one mediation session (人民调解法 第二十二条), what each side said and where it ended. */
public record MediationRecordData(
        String disputeName,
        LocalDateTime heldAt,
        String place,
        List<String> mediators,
        String recorder,
        List<String> partyNames,
        String othersPresent,
        List<Statement> statements,
        String result) implements DocumentData {

    private static final String SOURCE = MEDIATION_LAW + "第二十二条";

    public MediationRecordData {
        required(disputeName, "纠纷名称", SOURCE);
        required(heldAt, "调解时间", SOURCE);
        required(place, "调解地点", SOURCE);
        mediators = required(mediators, "人民调解员", SOURCE);
        required(recorder, "记录人", SOURCE);
        partyNames = required(partyNames, "当事人", SOURCE);
        statements = required(statements, "调解记录内容", SOURCE);
        required(result, "调解结果", SOURCE);
    }

    @Override
    public DocumentType type() {
        return DocumentType.MEDIATION_RECORD;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type()).date(heldAt.toLocalDate())
                .field("纠纷名称", disputeName)
                .field("调解时间", ChineseFormats.numericDateTime(heldAt))
                .field("调解地点", place)
                .field("人民调解员", String.join("、", mediators))
                .field("记录人", recorder)
                .field("当事人", String.join("、", partyNames))
                .field("其他在场人员", othersPresent == null || othersPresent.isBlank() ? "无" : othersPresent)
                .heading("调解过程");
        for (Statement s : statements) {
            b.line(s.speaker(), s.text());
        }
        b.heading("调解结果").paragraph(result).note("以上笔录已向当事人宣读（或经当事人阅看），确认无误。");
        for (String name : partyNames) {
            b.signUndated("当事人（签名或按指印）", name);
        }
        return b.signUndated("人民调解员（签名）", String.join("、", mediators))
                .signUndated("记录人（签名）", recorder)
                .build();
    }
}
