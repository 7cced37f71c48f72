package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.MEDIATION_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDate;
import java.util.List;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/** 调解申请书 (人民调解法 第十七条): who applies against whom, for what, and why. */
public record MediationApplicationData(
        PartyInfo applicant,
        List<PartyInfo> respondents,
        String disputeType,
        String request,
        String factsAndReasons,
        String addressee,
        LocalDate appliedOn) implements DocumentData {

    private static final String SOURCE = MEDIATION_LAW + "第十七条";

    public MediationApplicationData {
        Rules.party(applicant, "申请人", SOURCE);
        respondents = required(respondents, "被申请人", SOURCE);
        respondents.forEach(r -> Rules.party(r, "被申请人", SOURCE));
        required(request, "申请事项", SOURCE);
        required(factsAndReasons, "事实和理由", SOURCE);
    }

    @Override
    public DocumentType type() {
        return DocumentType.MEDIATION_APPLICATION;
    }

    @Override
    public DocumentContent toContent() {
        DocumentContent.Builder b = DocumentContent.builder(type()).date(appliedOn);
        applicant.addLines(b, "申请人");
        for (PartyInfo r : respondents) {
            r.addLines(b, "被申请人");
        }
        b.lineIfPresent("纠纷类型", disputeType)
                .heading("申请事项")
                .paragraph(request)
                .heading("事实和理由")
                .paragraph(factsAndReasons)
                .paragraph("申请人自愿申请人民调解，并保证所陈述的事实真实。")
                .line("此致", "")
                .line(addressee == null || addressee.isBlank() ? "人民调解委员会" : addressee, "")
                .sign("申请人（签名或按指印）", "");
        return b.build();
    }
}
