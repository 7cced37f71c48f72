package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.orBlank;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 回访记录: after an agreement, whether it is being performed, how satisfied the parties are, and
 * whether the dispute might flare up again (人民调解法 第三十一条: the committee supervises performance).
 */
public record FollowUpData(
        String disputeName,
        String agreementNumber,
        LocalDate visitedOn,
        String method,
        String visitor,
        String visitedPersons,
        String performance,
        String satisfaction,
        boolean riskFound,
        String riskNote,
        String remarks) implements DocumentData {

    private static final String SOURCE = "《中华人民共和国人民调解法》第三十一条";

    public FollowUpData {
        required(disputeName, "纠纷名称", SOURCE);
        required(visitedOn, "回访日期", SOURCE);
        required(method, "回访方式", SOURCE);
        required(visitor, "回访人", SOURCE);
        required(visitedPersons, "被回访人", SOURCE);
        required(performance, "协议履行情况", SOURCE);
        required(satisfaction, "当事人满意度", SOURCE);
        if (riskFound) {
            required(riskNote, "风险情况及处置措施", "《中华人民共和国人民调解法》第二十五条");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.FOLLOW_UP_RECORD;
    }

    @Override
    public DocumentContent toContent() {
        return DocumentContent.builder(type()).date(visitedOn)
                .field("纠纷名称", disputeName)
                .field("调解协议书编号", orBlank(agreementNumber))
                .field("回访日期", ChineseFormats.numericDate(visitedOn))
                .field("回访方式", method)
                .field("回访人", visitor)
                .field("被回访人", visitedPersons)
                .field("协议履行情况", performance)
                .field("当事人满意度", satisfaction)
                .field("矛盾激化风险", riskFound ? "有：" + riskNote : "未发现")
                .field("备注", orBlank(remarks))
                .sign("回访人（签名）", visitor)
                .seal()
                .build();
    }
}
