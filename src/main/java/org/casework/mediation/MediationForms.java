package org.casework.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.party.PartyKind;

/** What the mediator enters at each step of the mediation process; the rules are in {@link MediationRules}. */
public final class MediationForms {

    private MediationForms() {
    }

    /** A party as the intake records it. */
    public record PartyEntry(DisputePartyRole role, PartyKind kind, String name, String idNumber, String phone,
                             String address) {
    }

    /**
     * Intake (接待登记): how the dispute came in and who is involved. {@code disputeNo} may be empty (the
     * next number of the body is taken); {@code petitionId} links a petition turned into a dispute.
     */
    public record IntakeForm(Long bodyId, MediationKind kind, IntakeSource source, String referredBy, String category,
                             List<PartyEntry> parties, String request, String facts, LocalDateTime receivedAt,
                             String disputeNo, Long petitionId) {

        public IntakeForm {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    /** Whether every party accepts mediation; a clear refusal names the party and the reason (第十七条). */
    public record WillingnessForm(LocalDate askedOn, boolean allAccept, String refusingParty, String refusalReason) {
    }

    /** Acceptance (受理) with the notice of rights and duties (告知书) handed to the parties. */
    public record RegistrationForm(LocalDate acceptedOn, boolean rightsNoticeGiven) {
    }

    /** A mediator's withdrawal (回避) with the reason. */
    public record Recusal(long mediatorId, String reason) {
    }

    /** The mediators of the dispute (第十九条) and, for a 矛调中心, the mediation plan. */
    public record AssignmentForm(MediatorSelection selection, List<Long> mediatorIds, List<Recusal> recusals, String plan) {

        public AssignmentForm {
            mediatorIds = mediatorIds == null ? List.of() : List.copyOf(mediatorIds);
            recusals = recusals == null ? List.of() : List.copyOf(recusals);
        }
    }

    /**
     * One session and its record (调解笔录). {@code record} holds the exchange, one line per turn, the
     * speaker before a colon (“调解员：…”, “申请人张三：…”).
     */
    public record SessionForm(LocalDateTime heldAt, String place, String othersPresent, String record, String result,
                              SessionResult next, boolean riskFound) {
    }

    /** The report of an escalation risk to 公安 (第二十五条): to whom, when, how many persons involved. */
    public record RiskReportForm(LocalDate reportedOn, String reportedTo, Integer personsInvolved, String note,
                                 boolean escalated) {
    }

    /** An extension of the time limit with both parties' consent. */
    public record ExtensionForm(LocalDate decidedOn, int days, String consentNote) {
    }

    /** The written agreement (调解协议书, 第二十八、二十九条), signed by all. */
    public record WrittenAgreementForm(String facts, String disputedMatters, String responsibilities, List<String> terms,
                                       String performanceMethod, LocalDate performanceDeadline, BigDecimal amount,
                                       LocalDate signedOn, boolean signedByAll) {

        public WrittenAgreementForm {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    /** An oral agreement, recorded by the mediator (第三十条). */
    public record OralAgreementForm(LocalDate agreedOn, String content, BigDecimal amount) {
    }

    /** The end of a mediation without agreement, with advice on other routes (第二十六条). */
    public record TerminationForm(LocalDate terminatedOn, String reason, String otherRoutes) {
    }

    /** A follow-up visit (回访): performance and satisfaction, and any new risk. */
    public record VisitForm(LocalDate visitedOn, String method, String visitedPersons, Performance performance,
                            String satisfaction, boolean riskFound, String riskNote, String notes) {
    }

    /** Whether the parties applied jointly for judicial confirmation (第三十三条), when and where. */
    public record ConfirmationApplicationForm(boolean applied, LocalDate appliedOn, String court) {
    }

    /** The court's decision on the application. */
    public record CourtDecisionForm(ConfirmationResult result, LocalDate decidedOn) {
    }
}
