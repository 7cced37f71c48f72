package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDateTime;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 听证笔录 (第六十四条第八项, 第六十五条): who took part, what the investigators and the party said,
 * signed by the party and the hearing staff. The presider may not be one of the investigators.
 */
public record HearingRecordData(
        String caseName,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String place,
        boolean publicHearing,
        String presider,
        List<String> hearingOfficers,
        String clerk,
        List<String> investigators,
        PartyInfo party,
        String representatives,
        List<Statement> statements) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第六十四条";

    public HearingRecordData {
        required(caseName, "案由", SOURCE);
        required(startedAt, "听证开始时间", SOURCE);
        required(place, "听证地点", SOURCE);
        required(presider, "听证主持人", SOURCE);
        required(clerk, "记录员", SOURCE);
        investigators = required(investigators, "案件调查人员", SOURCE);
        Rules.party(party, "当事人", SOURCE);
        statements = required(statements, "听证记录内容", SOURCE);
        hearingOfficers = Rules.optional(hearingOfficers);
        if (investigators.contains(presider)) {
            throw new BusinessRuleException("听证主持人", "听证由行政机关指定的非本案调查人员主持（" + SOURCE + "第四项）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.HEARING_RECORD;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type())
                .field("案由", caseName)
                .field("听证时间", ChineseFormats.numericDateTime(startedAt)
                        + (endedAt == null ? "" : " 至 " + ChineseFormats.numericDateTime(endedAt)))
                .field("听证地点", place)
                .field("听证方式", publicHearing ? "公开" : "不公开")
                .field("听证主持人", presider)
                .field("听证员", String.join("、", hearingOfficers))
                .field("记录员", clerk)
                .field("案件调查人员", String.join("、", investigators))
                .field("当事人", party.summary())
                .field("委托代理人", representatives == null ? "无" : representatives)
                .heading("听证过程");
        for (Statement s : statements) {
            b.line(s.speaker(), s.text());
        }
        b.note("以上笔录经当事人或者其代理人核对无误。当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明。");
        b.signUndated("当事人（签名或盖章）", "").signUndated("委托代理人（签名）", "")
                .signUndated("案件调查人员（签名）", "")
                .signUndated("听证主持人（签名）", presider)
                .signUndated("记录员（签名）", clerk);
        return b.date(startedAt.toLocalDate()).build();
    }
}
