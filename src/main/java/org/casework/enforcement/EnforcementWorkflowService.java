package org.casework.enforcement;

import java.time.LocalDate;
import org.casework.enforcement.WorkflowCommands.Closing;
import org.casework.enforcement.WorkflowCommands.CourtApplication;
import org.casework.enforcement.WorkflowCommands.Decision;
import org.casework.enforcement.WorkflowCommands.DecisionChange;
import org.casework.enforcement.WorkflowCommands.DecisionService;
import org.casework.enforcement.WorkflowCommands.Deferral;
import org.casework.enforcement.WorkflowCommands.Discussion;
import org.casework.enforcement.WorkflowCommands.ExtensionRequest;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.WorkflowCommands.HearingRequest;
import org.casework.enforcement.WorkflowCommands.HearingResult;
import org.casework.enforcement.WorkflowCommands.HearingSchedule;
import org.casework.enforcement.WorkflowCommands.InvestigationReport;
import org.casework.enforcement.WorkflowCommands.LeadCheck;
import org.casework.enforcement.WorkflowCommands.NoticeService;
import org.casework.enforcement.WorkflowCommands.PauseStart;
import org.casework.enforcement.WorkflowCommands.Payment;
import org.casework.enforcement.WorkflowCommands.PreservationOrder;
import org.casework.enforcement.WorkflowCommands.PreservationOutcome;
import org.casework.enforcement.WorkflowCommands.Publication;
import org.casework.enforcement.WorkflowCommands.ReceiverAnswerEntry;
import org.casework.enforcement.WorkflowCommands.RecusalApplication;
import org.casework.enforcement.WorkflowCommands.RecusalDecision;
import org.casework.enforcement.WorkflowCommands.Reminder;
import org.casework.enforcement.WorkflowCommands.Review;
import org.casework.enforcement.WorkflowCommands.Seizure;
import org.casework.enforcement.WorkflowCommands.StatementReceived;
import org.casework.enforcement.WorkflowCommands.StatementsReview;
import org.casework.enforcement.WorkflowCommands.Transfer;
import org.casework.enforcement.WorkflowCommands.TransferDecision;
import org.casework.enforcement.WorkflowCommands.Waiver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases worked step by step through the BPMN processes (general procedure, simple procedure,
 * criminal transfer, withdrawal of a publication). Every command is one transaction over our tables and
 * the engine together; the rules of each step, and the gates no screen, API or import can get around,
 * live in the step classes behind it. A refused command names the rule and its article in Chinese.
 *
 * <p>{@link #registerLead} is the entry for other features too (a petition turned into a lead).
 */
@Service
@Transactional
public class EnforcementWorkflowService {

    private final LeadSteps leads;
    private final InvestigationSteps investigation;
    private final ClockSteps clock;
    private final ReviewSteps reviews;
    private final NoticeSteps notice;
    private final HearingSteps hearing;
    private final DecisionSteps decision;
    private final ExecutionSteps execution;
    private final ClosingSteps closing;
    private final SimpleSteps simple;
    private final TransferSteps transfer;
    private final CaseWorkReader reader;

    EnforcementWorkflowService(LeadSteps leads, InvestigationSteps investigation, ClockSteps clock, ReviewSteps reviews,
                               NoticeSteps notice, HearingSteps hearing, DecisionSteps decision, ExecutionSteps execution,
                               ClosingSteps closing, SimpleSteps simple, TransferSteps transfer, CaseWorkReader reader) {
        this.leads = leads;
        this.investigation = investigation;
        this.clock = clock;
        this.reviews = reviews;
        this.notice = notice;
        this.hearing = hearing;
        this.decision = decision;
        this.execution = execution;
        this.closing = closing;
        this.simple = simple;
        this.transfer = transfer;
        this.reader = reader;
    }

    // ---- reading ----

    /** The case with its steps, clock, periods and timeline, for its screen. */
    @Transactional(readOnly = true)
    public CaseWork work(long caseId) {
        return reader.read(caseId);
    }

    /** Whether the case is worked through the workflow (else it is a registered or imported record). */
    @Transactional(readOnly = true)
    public boolean isWorkflowCase(long caseId) {
        return reader.isWorkflowCase(caseId);
    }

    // ---- lead and filing ----

    /**
     * Registers a general-procedure lead (线索) and starts the general procedure at its lead check. For
     * officers and heads, and for petition clerks turning a petition into a lead.
     */
    public RegisteredLead registerLead(LeadForm form) {
        return leads.register(form);
    }

    public void checkLead(long caseId, LeadCheck cmd) {
        leads.check(caseId, cmd);
    }

    public void extendLeadCheck(long caseId, String reason) {
        leads.extendCheck(caseId, reason);
    }

    public void decideFiling(long caseId, FilingDecision cmd) {
        leads.decideFiling(caseId, cmd);
    }

    // ---- investigation ----

    public void addEvidence(long caseId, EvidenceEntry evidence) {
        investigation.addEvidence(caseId, evidence);
    }

    public void finishInvestigation(long caseId) {
        investigation.finishInvestigation(caseId);
    }

    public void submitReport(long caseId, InvestigationReport report) {
        investigation.submitReport(caseId, report);
    }

    public void terminateInvestigation(long caseId, String reason) {
        investigation.terminate(caseId, reason);
    }

    public long preserveEvidence(long caseId, PreservationOrder order) {
        return investigation.preserveEvidence(caseId, order);
    }

    public void decidePreservation(long caseId, PreservationOutcome outcome) {
        investigation.decidePreservation(caseId, outcome);
    }

    public void seize(long caseId, Seizure seizure) {
        investigation.seize(caseId, seizure);
    }

    public void extendSeizure(long caseId, int measureNo, String reason) {
        investigation.extendSeizure(caseId, measureNo, reason);
    }

    public void endSeizure(long caseId, int measureNo, LocalDate endedOn) {
        investigation.endSeizure(caseId, measureNo, endedOn);
    }

    public long requestRecusal(long caseId, RecusalApplication application) {
        return investigation.requestRecusal(caseId, application);
    }

    public void decideRecusal(long caseId, RecusalDecision cmd) {
        investigation.decideRecusal(caseId, cmd);
    }

    // ---- the decision clock ----

    public long pause(long caseId, PauseStart cmd) {
        return clock.pause(caseId, cmd);
    }

    public void resume(long caseId, long pauseId, LocalDate resumedOn) {
        clock.resume(caseId, pauseId, resumedOn);
    }

    public void extendDecisionPeriod(long caseId, ExtensionRequest cmd) {
        clock.extend(caseId, cmd);
    }

    // ---- review and approval ----

    public void review(long caseId, Review cmd) {
        reviews.review(caseId, cmd);
    }

    public void approveProposal(long caseId, String opinion) {
        reviews.approveProposal(caseId, opinion);
    }

    // ---- prior notice, defence, hearing ----

    public void notifyParty(long caseId, NoticeService cmd) {
        notice.notifyParty(caseId, cmd);
    }

    public void recordStatement(long caseId, StatementReceived cmd) {
        notice.recordStatement(caseId, cmd);
    }

    public void recordHearingRequest(long caseId, HearingRequest cmd) {
        notice.recordHearingRequest(caseId, cmd);
    }

    public void waiveRights(long caseId, Waiver cmd) {
        notice.waive(caseId, cmd);
    }

    public void closeRightsWindows(long caseId) {
        notice.closeWindows(caseId);
    }

    public void scheduleHearing(long caseId, HearingSchedule cmd) {
        hearing.schedule(caseId, cmd);
    }

    public void recordHearing(long caseId, HearingResult cmd) {
        hearing.record(caseId, cmd);
    }

    public void reviewStatements(long caseId, StatementsReview cmd) {
        hearing.reviewStatements(caseId, cmd);
    }

    // ---- discussion and decision ----

    public void discuss(long caseId, Discussion cmd) {
        decision.discuss(caseId, cmd);
    }

    public void decide(long caseId, Decision cmd) {
        decision.decide(caseId, cmd);
    }

    // ---- execution ----

    public void serve(long caseId, DecisionService cmd) {
        execution.serve(caseId, cmd);
    }

    public void publish(long caseId, Publication cmd) {
        execution.publish(caseId, cmd);
    }

    public void recordPayment(long caseId, Payment cmd) {
        execution.recordPayment(caseId, cmd);
    }

    public void grantDeferral(long caseId, Deferral cmd) {
        execution.grantDeferral(caseId, cmd);
    }

    public void remind(long caseId, Reminder cmd) {
        execution.remind(caseId, cmd);
    }

    public void applyToCourt(long caseId, CourtApplication cmd) {
        execution.applyToCourt(caseId, cmd);
    }

    public void recordDecisionChanged(long caseId, DecisionChange cmd) {
        execution.recordDecisionChanged(caseId, cmd);
    }

    public void withdrawPublication(long caseId, LocalDate withdrawnOn, String reason) {
        execution.withdrawPublication(caseId, withdrawnOn, reason);
    }

    // ---- closing ----

    public void approveClosing(long caseId, Closing cmd) {
        closing.approveClosing(caseId, cmd);
    }

    public void archive(long caseId) {
        closing.archive(caseId);
    }

    // ---- simple procedure ----

    /** An on-the-spot penalty: decided and numbered at once, or, above the limits, turned into a general lead. */
    public OnTheSpotResult decideOnTheSpot(OnTheSpotForm form) {
        return simple.decide(form);
    }

    public void handOverFine(long caseId, LocalDate handedOverOn) {
        simple.handOver(caseId, handedOverOn);
    }

    public void fileWithAgency(long caseId, LocalDate filedOn) {
        simple.fileWithAgency(caseId, filedOn);
    }

    // ---- criminal transfer ----

    public void decideTransfer(long caseId, TransferDecision cmd) {
        transfer.decide(caseId, cmd);
    }

    public void transfer(long caseId, Transfer cmd) {
        transfer.transfer(caseId, cmd);
    }

    public void recordReceiverAnswer(long caseId, ReceiverAnswerEntry cmd) {
        transfer.recordAnswer(caseId, cmd);
    }
}
