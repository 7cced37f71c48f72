package org.casework.enforcement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentService;
import org.casework.documents.IssuedDocument;
import org.casework.documents.forms.ClosingApprovalData;
import org.casework.documents.forms.CollectiveDiscussionData;
import org.casework.documents.forms.FilingApprovalData;
import org.casework.documents.forms.HearingNoticeData;
import org.casework.documents.forms.HearingRecordData;
import org.casework.documents.forms.HearingRightsNoticeData;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.OnTheSpotDecisionData;
import org.casework.documents.forms.PartyInfo;
import org.casework.documents.forms.PenaltyDecisionData;
import org.casework.documents.forms.PriorNoticeData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.documents.forms.ServiceReceiptData;
import org.casework.documents.forms.Statement;
import org.casework.party.PartyKind;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.springframework.stereotype.Component;

/**
 * Fills the numbered documents (文书) of the steps from the case file and issues them through the
 * documents module, in the step's transaction (a refused step gives its number back).
 */
@Component
class CaseDocuments {

    private final DocumentService documents;
    private final OfficerService officers;
    private final EnforcementSettingsService settings;

    CaseDocuments(DocumentService documents, OfficerService officers, EnforcementSettingsService settings) {
        this.documents = documents;
        this.officers = officers;
        this.settings = settings;
    }

    IssuedDocument filingApproval(CaseFile f, String headOpinion) {
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        return issue(f, new FilingApprovalData(c.cause, c.leadSource == null ? "其他" : c.leadSource, party(f), c.leadDate,
                p.leadSummary == null ? c.cause : p.leadSummary, p.suspectedViolation, handlersWithCards(f),
                p.leadCheckResult, null, headOpinion));
    }

    List<IssuedDocument> priorNotice(CaseFile f, ProcedureSettings s) {
        CaseProcedure p = f.procedure;
        String proposed = ProposedPenalty.describe(p.items(StagedPenalty.Stage.NOTIFIED));
        IssuedDocument notice = issue(f, new PriorNoticeData(party(f), p.facts, p.evidenceSummary, p.violatedProvision, p.penaltyBasis,
                proposed, s.defenceDays(), p.hearingEligible, s.hearingRequestDays(), s.contactPerson(), s.contactPhone(),
                s.contactAddress()));
        if (!p.hearingEligible) {
            return List.of(notice);
        }
        IssuedDocument rights = issue(f, new HearingRightsNoticeData(party(f), p.facts, p.violatedProvision, p.penaltyBasis, proposed,
                s.hearingRequestDays(), s.contactPerson(), s.contactPhone()));
        return List.of(notice, rights);
    }

    IssuedDocument hearingNotice(CaseFile f, String presider, List<String> hearingOfficers, String clerk) {
        CaseProcedure p = f.procedure;
        ProcedureSettings s = settings.effective(f.record.orgId);
        return issue(f, new HearingNoticeData(party(f), f.record.cause, p.hearingAt, p.hearingPlace, presider, hearingOfficers, clerk,
                p.hearingPublic, p.hearingPrivateReason, s.contactPerson(), s.contactPhone()));
    }

    IssuedDocument hearingRecord(CaseFile f, LocalDateTime startedAt, LocalDateTime endedAt, String presider,
                                 List<String> hearingOfficers, String clerk, String representatives, List<Statement> statements) {
        return issue(f, new HearingRecordData(f.record.cause, startedAt, endedAt, f.procedure.hearingPlace, f.procedure.hearingPublic,
                presider, hearingOfficers, clerk, handlerNames(f), party(f), representatives, statements));
    }

    IssuedDocument legalReview(CaseFile f, CaseReview review, List<LegalReviewData.Finding> findings) {
        return issue(f, new LegalReviewData(f.record.cause, f.record.partyName, handlerNames(f), review.submittedOn, proposal(f),
                findings, review.opinion, review.reasons, review.reviewerName == null ? review.reviewer : review.reviewerName));
    }

    IssuedDocument collectiveDiscussion(CaseFile f, CollectiveDiscussionData data) {
        return issue(f, data);
    }

    IssuedDocument penaltyDecision(CaseFile f, String statementsAndHearing, List<ProposedPenalty> items) {
        ProcedureSettings s = settings.effective(f.record.orgId);
        CaseProcedure p = f.procedure;
        requireSettings(s, items.stream().anyMatch(Payments::payable));
        return issue(f, new PenaltyDecisionData(party(f), p.facts, p.evidenceSummary, statementsAndHearing, p.violatedProvision,
                p.penaltyBasis, items.stream().map(CaseDocuments::documentItem).toList(), DeadlineRule.PAYMENT.length(),
                s.paymentAccount(), s.reconsiderationBody(), s.court(), f.record.decisionDate));
    }

    IssuedDocument onTheSpotDecision(CaseFile f, OnTheSpotForm form, List<String> officerNames) {
        ProcedureSettings s = settings.effective(f.record.orgId);
        requireSettings(s, form.fine() != null && !form.collectedOnTheSpot());
        return issue(f, new OnTheSpotDecisionData(party(f), form.actAt(), form.place(), form.facts(), form.violatedProvision(),
                form.penaltyBasis(), form.fine(), form.collectedOnTheSpot(), form.hardToPayLater(), s.paymentAccount(), officerNames,
                s.reconsiderationBody(), s.court()));
    }

    IssuedDocument serviceReceipt(CaseFile f, ServiceMethod method, LocalDateTime servedAt, String recipient, String witness,
                                  String remarks) {
        List<ServiceReceiptData.ServedDocument> served = documents.list(CaseKind.PENALTY_CASE, f.id()).stream()
                .filter(d -> !d.voided() && d.type() == org.casework.documents.DocumentType.PENALTY_DECISION)
                .map(d -> new ServiceReceiptData.ServedDocument(d.title(), d.number())).toList();
        if (served.isEmpty()) {
            throw new BusinessRuleException("送达文书", "本案没有有效的行政处罚决定书，无法送达");
        }
        return issue(f, new ServiceReceiptData(f.record.cause, recipient, f.procedure.partyAddress, served, method.label(),
                f.procedure.electronicConsent, servedAt, handlerNames(f), witness, remarks));
    }

    IssuedDocument closingApproval(CaseFile f, ClosingReason reason, String execution, String handlerOpinion, String headOpinion) {
        PenaltyCase c = f.record;
        String decisionNo = documents.list(CaseKind.PENALTY_CASE, f.id()).stream()
                .filter(d -> !d.voided() && d.type() == org.casework.documents.DocumentType.PENALTY_DECISION)
                .map(IssuedDocument::number).findFirst().orElse(null);
        String outcome = c.outcome != null ? c.outcome.label() + (c.outcome == PenaltyOutcome.PENALTY
                ? "：" + ProposedPenalty.describe(f.procedure.items(StagedPenalty.Stage.DECIDED)) : "")
                : f.procedure.terminatedOn != null ? "终止调查" : "—";
        return issue(f, new ClosingApprovalData(c.cause, c.caseNo, c.partyName, c.filedDate, decisionNo, outcome, execution,
                reason.label(), handlerNames(f), handlerOpinion, headOpinion));
    }

    /** The party as documents name it. */
    PartyInfo party(CaseFile f) {
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        return c.partyKind == PartyKind.PERSON
                ? PartyInfo.person(c.partyName, c.partyIdNumber, p.partyAddress, p.partyPhone)
                : PartyInfo.organisation(c.partyName, c.partyIdNumber, p.partyRepresentative, p.partyAddress, p.partyPhone);
    }

    List<String> handlerNames(CaseFile f) {
        return handlingOfficers(f).stream().map(OfficerRef::name).toList();
    }

    List<OfficerRef> handlingOfficers(CaseFile f) {
        List<Long> ids = f.record.officers.stream()
                .sorted(java.util.Comparator.comparing(CaseOfficer::role)).map(CaseOfficer::officerId).toList();
        List<OfficerRef> found = officers.byIds(ids);
        return ids.stream().map(id -> found.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<String> handlersWithCards(CaseFile f) {
        return handlingOfficers(f).stream().map(o -> o.name() + "（执法证号" + o.certificateNo() + "）").toList();
    }

    private static String proposal(CaseFile f) {
        CaseProcedure p = f.procedure;
        if (p.proposal == Proposal.PENALTY) {
            return "给予行政处罚：" + ProposedPenalty.describe(p.items(StagedPenalty.Stage.PROPOSED));
        }
        if (p.proposal == Proposal.NO_PENALTY && p.proposalNoPenaltyReason != null) {
            return "不予行政处罚（" + p.proposalNoPenaltyReason.label() + "）";
        }
        if (p.proposal == Proposal.TRANSFER_ADMINISTRATIVE) {
            return "移送" + (p.proposalTransferOrgan == null ? "其他行政机关" : p.proposalTransferOrgan);
        }
        return p.proposal == null ? "—" : p.proposal.label();
    }

    static org.casework.documents.forms.PenaltyItem documentItem(ProposedPenalty i) {
        String kind = i.type().label();
        String detail = i.detail();
        if (i.type() == PenaltyType.CONFISCATION) {
            boolean gains = detail != null && detail.startsWith("违法所得");
            kind = gains ? "没收违法所得" : "没收非法财物";
            if (detail != null && detail.startsWith("违法所得")) {
                detail = detail.substring("违法所得".length()).replaceFirst("^[：:，,]", "");
            } else if (detail != null && detail.startsWith("非法财物")) {
                detail = detail.substring("非法财物".length()).replaceFirst("^[：:，,]", "");
            }
        }
        return new org.casework.documents.forms.PenaltyItem(kind, detail == null || detail.isBlank() ? null : detail, i.amount());
    }

    private static void requireSettings(ProcedureSettings s, boolean payable) {
        List<String> missing = new java.util.ArrayList<>();
        if (s.reconsiderationBody() == null) {
            missing.add("行政复议机关");
        }
        if (s.court() == null) {
            missing.add("管辖法院");
        }
        if (payable && s.paymentAccount() == null) {
            missing.add("缴款方式");
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("执法设置", "决定书须载明申请行政复议、提起行政诉讼的途径和缴款方式（《行政处罚法》第五十九条），"
                    + "本机构尚未设置：" + String.join("、", missing) + "；请系统管理员在“执法设置”中填写");
        }
    }

    private IssuedDocument issue(CaseFile f, DocumentData data) {
        return documents.issue(f.record.orgId, CaseKind.PENALTY_CASE, f.id(), data);
    }

    static ReviewConclusion agree() {
        return ReviewConclusion.AGREE;
    }

    static LocalDate dateOf(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }
}
