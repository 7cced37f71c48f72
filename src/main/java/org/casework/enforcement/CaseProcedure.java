package org.casework.enforcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the steps of a case opened in the system recorded besides the case record (1:1 with
 * {@link PenaltyCase}, which keeps the columns the figures count). Grouped by step.
 */
@Entity
@Table(name = "case_procedure")
class CaseProcedure {

    @Id
    @Column(name = "case_id")
    Long caseId;

    @Column(name = "process_key", nullable = false, length = 64)
    String processKey;

    @Column(name = "opened_by", nullable = false, length = 64)
    String openedBy;

    // lead
    @Column(name = "lead_summary", length = 2000)
    String leadSummary;
    @Column(name = "lead_reference", length = 200)
    String leadReference;
    @Column(name = "party_known", nullable = false)
    boolean partyKnown = true;
    @Column(name = "party_address", length = 200)
    String partyAddress;
    @Column(name = "party_phone", length = 50)
    String partyPhone;
    @Column(name = "party_representative", length = 100)
    String partyRepresentative;
    @Column(name = "act_date")
    LocalDate actDate;
    @Column(name = "act_place", length = 200)
    String actPlace;
    @Column(name = "serious_harm", nullable = false)
    boolean seriousHarm;
    @Column(name = "lead_check_extended_by", length = 64)
    String leadCheckExtendedBy;
    @Column(name = "lead_check_extended_on")
    LocalDate leadCheckExtendedOn;
    @Column(name = "lead_check_result", length = 2000)
    String leadCheckResult;
    @Column(name = "suspected_violation", length = 500)
    String suspectedViolation;
    @Enumerated(EnumType.STRING)
    @Column(name = "not_filed_reason", length = 32)
    NotFilingReason notFiledReason;

    // investigation report
    @Column(length = 4000)
    String facts;
    @Column(name = "evidence_summary", length = 2000)
    String evidenceSummary;
    @Column(name = "violated_provision", length = 500)
    String violatedProvision;
    @Column(name = "penalty_basis", length = 500)
    String penaltyBasis;
    @Column(length = 2000)
    String discretion;
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    Proposal proposal;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_no_penalty_reason", length = 32)
    NoPenaltyReason proposalNoPenaltyReason;
    @Column(name = "proposal_transfer_organ", length = 100)
    String proposalTransferOrgan;
    @Column(name = "legal_review_grounds", length = 300)
    String legalReviewGrounds;
    @Column(name = "complex_case", nullable = false)
    boolean complexCase;
    @Column(name = "reported_on")
    LocalDate reportedOn;
    @Column(name = "proposal_approved_by", length = 64)
    String proposalApprovedBy;
    @Column(name = "proposal_approved_on")
    LocalDate proposalApprovedOn;

    // prior notice and the windows
    @Column(name = "notice_issued_on")
    LocalDate noticeIssuedOn;
    @Column(name = "notice_served_on")
    LocalDate noticeServedOn;
    @Column(name = "hearing_eligible", nullable = false)
    boolean hearingEligible;
    @Column(name = "defence_window_end")
    LocalDate defenceWindowEnd;
    @Column(name = "hearing_window_end")
    LocalDate hearingWindowEnd;
    @Column(name = "rights_waived_on")
    LocalDate rightsWaivedOn;
    @Column(name = "rights_waiver_note", length = 500)
    String rightsWaiverNote;
    @Column(name = "defence_reviewed_on")
    LocalDate defenceReviewedOn;

    // hearing
    @Column(name = "hearing_at")
    LocalDateTime hearingAt;
    @Column(name = "hearing_place", length = 200)
    String hearingPlace;
    @Column(name = "hearing_presider_id")
    Long hearingPresiderId;
    @Column(name = "hearing_public", nullable = false)
    boolean hearingPublic = true;
    @Column(name = "hearing_private_reason", length = 200)
    String hearingPrivateReason;
    @Column(name = "hearing_notice_served_on")
    LocalDate hearingNoticeServedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "hearing_outcome", length = 16)
    HearingOutcome hearingOutcome;

    // decision, service, publication
    @Column(name = "decided_by", length = 64)
    String decidedBy;
    @Column(name = "served_on_the_spot", nullable = false)
    boolean servedOnTheSpot;
    @Column(name = "electronic_consent", nullable = false)
    boolean electronicConsent;
    @Column(name = "publication_due")
    LocalDate publicationDue;
    @Column(name = "decision_changed_on")
    LocalDate decisionChangedOn;
    @Column(name = "decision_change_note", length = 500)
    String decisionChangeNote;

    // payment and enforcement
    @Column(name = "payment_due")
    LocalDate paymentDue;
    @Column(name = "deferred_by", length = 64)
    String deferredBy;
    @Column(name = "reminder_served_on")
    LocalDate reminderServedOn;

    // simple procedure
    @Column(name = "certificate_shown", nullable = false)
    boolean certificateShown;
    @Column(name = "statement_heard", length = 1000)
    String statementHeard;
    @Column(name = "collected_on_the_spot", nullable = false)
    boolean collectedOnTheSpot;
    @Column(name = "handed_over_on")
    LocalDate handedOverOn;
    @Column(name = "filed_with_agency_on")
    LocalDate filedWithAgencyOn;

    // criminal transfer
    @Column(name = "transfer_decided_on")
    LocalDate transferDecidedOn;
    @Column(name = "transfer_approved")
    Boolean transferApproved;
    @Column(name = "transferred_at")
    LocalDateTime transferredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "receiver_answer", length = 16)
    ReceiverAnswer receiverAnswer;
    @Column(name = "receiver_answered_on")
    LocalDate receiverAnsweredOn;
    @Column(name = "receiver_answer_note", length = 500)
    String receiverAnswerNote;

    // end
    @Column(name = "terminated_on")
    LocalDate terminatedOn;
    @Column(name = "termination_reason", length = 500)
    String terminationReason;
    @Column(name = "case_ended_on")
    LocalDate caseEndedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 32)
    ClosingReason closingReason;

    /** Rows of case_pause and case_extension of the case: none means the clock need not read them. */
    @Column(name = "pause_count")
    int pauseCount;
    @Column(name = "extension_count")
    int extensionCount;

    @Version
    long version;

    @ElementCollection
    @CollectionTable(name = "proposed_penalty", joinColumns = @JoinColumn(name = "case_id"))
    List<StagedPenalty> penalties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "payment_instalment", joinColumns = @JoinColumn(name = "case_id"))
    List<Instalment> instalments = new ArrayList<>();

    List<ProposedPenalty> items(StagedPenalty.Stage stage) {
        return penalties.stream().filter(p -> p.stage() == stage).map(StagedPenalty::item).toList();
    }

    void setItems(StagedPenalty.Stage stage, List<ProposedPenalty> items) {
        penalties.removeIf(p -> p.stage() == stage);
        items.forEach(i -> penalties.add(StagedPenalty.of(stage, i)));
    }

    /** The prior notice was served and its windows have both run out, or the party waived in writing. */
    boolean windowsClosedOn(LocalDate day) {
        if (rightsWaivedOn != null) {
            return true;
        }
        if (noticeServedOn == null) {
            return false;
        }
        boolean defenceOver = defenceWindowEnd != null && day.isAfter(defenceWindowEnd);
        boolean hearingOver = !hearingEligible || (hearingWindowEnd != null && day.isAfter(hearingWindowEnd));
        return defenceOver && hearingOver;
    }
}
