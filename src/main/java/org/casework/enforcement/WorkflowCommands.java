package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.documents.forms.Statement;
import org.casework.party.PartyKind;

/**
 * What the officers enter at each step of a penalty case (screens and API alike). Dates of things
 * that happened outside (served, received, held) are entered as they happened, never after today;
 * approvals and decisions made in the system carry today's date.
 */
public final class WorkflowCommands {

    private WorkflowCommands() {
    }

    /** The party's particulars; a lead may leave them empty until filing. */
    public record PartyDetails(PartyKind kind, String name, String idNumber, String address, String phone, String representative) {
    }

    /** 线索核查: what the check found and the proposal to file or not. */
    public record LeadCheck(String result, String suspectedViolation, LocalDate actDate, String actPlace, boolean seriousHarm,
                            PartyDetails party, boolean proposeFiling, NotFilingReason notFilingReason) {
    }

    /** 立案审批: file with at least two certified officers (one 主办), or do not file with a reason. */
    public record FilingDecision(boolean file, List<CaseOfficer> officers, String opinion, NotFilingReason notFilingReason) {
    }

    /** 调查终结报告 ([SAMR] 第四十八条): facts, evidence, provisions, the proposal and its grounds. */
    public record InvestigationReport(String facts, String evidence, String violatedProvision, String penaltyBasis,
                                      String discretion, Proposal proposal, List<ProposedPenalty> items,
                                      NoPenaltyReason noPenaltyReason, String transferOrgan, boolean complexCase,
                                      String legalReviewGrounds) {
    }

    /** 法制审核 / 案件审核: the opinion (同意, 建议纠正, 建议补充调查), findings per item and reasons. */
    public record Review(ReviewConclusion opinion, List<LegalReviewData.Finding> findings, String reasons) {
    }

    /** The prior notice (and hearing-rights notice) was served on the party on this day. */
    public record NoticeService(LocalDate servedOn) {
    }

    /** A statement or defence received from the party. */
    public record StatementReceived(LocalDate receivedOn, String content) {
    }

    /** The party asked for a hearing on this day. */
    public record HearingRequest(LocalDate requestedOn) {
    }

    /** The party gave up statement, defence and hearing in writing. */
    public record Waiver(LocalDate waivedOn, String note) {
    }

    /** 听证通知: when and where, who presides (not an investigator), public or not, when the notice was served. */
    public record HearingSchedule(LocalDateTime at, String place, long presiderId, List<Long> hearingOfficerIds, String clerk,
                                  boolean publicHearing, String privateReason, LocalDate noticeServedOn) {
    }

    /** How the hearing went: held (with the record: who sat, who kept the record, what was said), the party did not come, or withdrew. */
    public record HearingResult(HearingOutcome outcome, LocalDateTime startedAt, LocalDateTime endedAt, List<String> hearingOfficers,
                                String clerk, String representatives, List<Statement> statements) {
    }

    /** 复核: for each statement received (in date order) whether it is adopted; a revised proposal (never heavier). */
    public record StatementsReview(List<Boolean> adopted, String note, List<ProposedPenalty> revisedItems) {
    }

    /** 集体讨论. */
    public record Discussion(LocalDateTime heldAt, String place, String chair, String recorder, List<String> attendees,
                             String caseReport, List<Statement> opinions, String conclusion) {
    }

    /** 作出处理决定: penalty with items, no penalty with its ground, or transfer to another administrative agency. */
    public record Decision(PenaltyOutcome outcome, List<ProposedPenalty> items, NoPenaltyReason noPenaltyReason,
                           String transferOrgan, String statementsAndHearing) {
    }

    /** 送达: how and when, on the spot or not, and the consent electronic service needs. */
    public record DecisionService(ServiceMethod method, LocalDateTime servedAt, boolean onTheSpot, boolean electronicConsent,
                                  String recipient, String witness, String remarks) {
    }

    public record Publication(LocalDate publishedOn) {
    }

    /** A payment: fine and confiscated gains paid, and late surcharge paid. */
    public record Payment(LocalDate paidOn, BigDecimal amount, BigDecimal surcharge) {
    }

    /** A deferral (one instalment) or instalments granted by the head on the party's written application. */
    public record Deferral(List<Instalment> instalments, String reason) {
    }

    public record Reminder(LocalDate servedOn) {
    }

    public record CourtApplication(LocalDate appliedOn, String court) {
    }

    public record Closing(ClosingReason reason, String execution, String handlerOpinion, String headOpinion) {
    }

    /** 先行登记保存, approved by a head (named by login) before or, when urgent, within 24 hours after. */
    public record PreservationOrder(LocalDate preservedOn, String items, String approvedByHead) {
    }

    public record PreservationOutcome(long preservationId, PreservationDecision decision, String note) {
    }

    /** 查封、扣押 (《行政强制法》第二十五条: at most 30 days, once +30 with the head's approval). */
    public record Seizure(MeasureType type, LocalDate decidedOn, String description) {
    }

    public record RecusalApplication(long officerId, LocalDate requestedOn, String reason) {
    }

    public record RecusalDecision(long requestId, boolean granted, Long replacementOfficerId) {
    }

    /** An interval not counted: 中止, 听证, 公告, 检测鉴定 … (decision clock), 复议, 诉讼 (late surcharge). */
    public record PauseStart(PauseKind kind, LocalDate from, String reason) {
    }

    /** +30 days by the head; beyond that only by collective discussion, which the request then records. */
    public record ExtensionRequest(int days, String reason, Discussion discussion) {
    }

    public record TransferDecision(boolean approved, String opinion) {
    }

    public record Transfer(LocalDateTime transferredAt, String organ) {
    }

    public record ReceiverAnswerEntry(ReceiverAnswer answer, LocalDate answeredOn, String note) {
    }

    /** The decision was changed, revoked, or found illegal or void (e.g. by reconsideration). */
    public record DecisionChange(LocalDate changedOn, String note) {
    }
}
