package org.casework.mediation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.IssuedDocument;
import org.casework.documents.forms.FollowUpData;
import org.casework.documents.forms.IntakeRegisterData;
import org.casework.documents.forms.MediationAgreementData;
import org.casework.documents.forms.MediationApplicationData;
import org.casework.documents.forms.MediationRecordData;
import org.casework.documents.forms.PartyInfo;
import org.casework.documents.forms.RightsNoticeData;
import org.casework.documents.forms.Statement;
import org.casework.mediation.MediationForms.VisitForm;
import org.casework.mediation.MediationForms.WrittenAgreementForm;
import org.casework.party.PartyKind;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.springframework.stereotype.Component;

/** Fills the mediation documents (文书) from a dispute and issues them, numbered per body and year. */
@Component
class MediationDocuments {

    private final DocumentService documents;
    private final PartyService parties;

    MediationDocuments(DocumentService documents, PartyService parties) {
        this.documents = documents;
        this.parties = parties;
    }

    /** 调解申请书, for a dispute a party applied for. */
    IssuedDocument application(Dispute d, DisputeProcedure p, String bodyName, LocalDate receivedOn) {
        List<PartyInfo> applicants = new ArrayList<>();
        List<PartyInfo> others = new ArrayList<>();
        for (DisputePartyLink link : d.parties) {
            (DisputePartyRole.APPLICANT.name().equals(link.role) ? applicants : others).add(info(link));
        }
        return issue(d, new MediationApplicationData(applicants.get(0), others, d.category, p.requestText, d.facts, bodyName,
                receivedOn));
    }

    /** 受理登记表. */
    IssuedDocument intakeRegister(Dispute d, DisputeProcedure p, LocalDate acceptedOn, String registeredBy) {
        String source = switch (d.source) {
            case APPLIED -> "当事人申请";
            case INITIATIVE -> "主动调解";
            case REFERRED -> "接受委托移送";
        };
        return issue(d, new IntakeRegisterData(source, p.referredBy, d.category, infos(d), d.facts, acceptedOn, registeredBy,
                "经询问，各方当事人均同意调解，予以受理", List.of()));
    }

    /** 人民调解权利义务告知书. */
    IssuedDocument rightsNotice(Dispute d) {
        return issue(d, new RightsNoticeData(names(d)));
    }

    /** 调解笔录 of one session. */
    IssuedDocument sessionRecord(Dispute d, LocalDateTime heldAt, String place, List<String> mediators, String recorder,
                                 String othersPresent, String record, String result) {
        return issue(d, new MediationRecordData(title(d), heldAt, place, mediators, recorder, names(d), othersPresent,
                statements(record), result));
    }

    /** 调解协议书 (第二十九条). */
    IssuedDocument agreement(Dispute d, WrittenAgreementForm f, List<String> mediators) {
        return issue(d, agreementData(d, f, mediators));
    }

    /** The 调解协议书 as a PDF draft, without a number, to print for the signatures. */
    byte[] agreementDraft(Dispute d, WrittenAgreementForm f, List<String> mediators) {
        return documents.previewPdf(d.orgId, agreementData(d, f, mediators).toContent());
    }

    private MediationAgreementData agreementData(Dispute d, WrittenAgreementForm f, List<String> mediators) {
        return new MediationAgreementData(infos(d), f.facts(), f.disputedMatters(), f.responsibilities(),
                f.terms().stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList(), f.performanceMethod(),
                f.performanceDeadline(), mediators);
    }

    /** 回访记录. */
    IssuedDocument followUp(Dispute d, VisitForm f, String visitor, String agreementNumber) {
        return issue(d, new FollowUpData(title(d), agreementNumber, f.visitedOn(), f.method(), visitor, f.visitedPersons(),
                f.performance().label(), f.satisfaction(), f.riskFound(), f.riskNote(), f.notes()));
    }

    String agreementNumber(Long documentId) {
        return documentId == null ? null : documents.get(documentId).number();
    }

    private IssuedDocument issue(Dispute d, org.casework.documents.DocumentData data) {
        return documents.issue(d.orgId, CaseKind.DISPUTE, d.id, data);
    }

    /** 张三与李四邻里纠纷. */
    static String title(Dispute d) {
        return d.partiesText.replace("、", "与") + d.category + (d.category.endsWith("纠纷") ? "" : "纠纷");
    }

    private List<PartyInfo> infos(Dispute d) {
        return d.parties.stream().map(this::info).toList();
    }

    private static List<String> names(Dispute d) {
        return List.of(d.partiesText.split("、"));
    }

    private PartyInfo info(DisputePartyLink link) {
        PartyRef p = parties.get(link.partyId);
        return p.kind() == PartyKind.PERSON
                ? PartyInfo.person(p.name(), p.idNumber(), p.address(), p.phone())
                : PartyInfo.organisation(p.name(), p.idNumber(), null, p.address(), p.phone());
    }

    /** One statement per line; “调解员：…” names the speaker, a line without a colon is the recorder's note. */
    static List<Statement> statements(String record) {
        List<Statement> out = new ArrayList<>();
        for (String line : record.split("\\R")) {
            String l = line.trim();
            if (l.isEmpty()) {
                continue;
            }
            int colon = l.indexOf('：') >= 0 ? l.indexOf('：') : l.indexOf(':');
            out.add(colon > 0 && colon <= 20 ? new Statement(l.substring(0, colon).trim(), l.substring(colon + 1).trim())
                    : new Statement("记录", l));
        }
        return out;
    }
}
