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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workflow commands of penalty cases as JSON: the same service, the same rules and gates as the
 * screens (422 with the Chinese rule, 403 outside the role or scope, 404 for an unknown case). Each
 * command answers the case as its screen shows it afterwards.
 */
@RestController
@RequestMapping("/api/penalty-cases")
class EnforcementWorkflowApi {

    private final EnforcementWorkflowService workflow;

    EnforcementWorkflowApi(EnforcementWorkflowService workflow) {
        this.workflow = workflow;
    }

    /** A reason or opinion. */
    record Text(String text) {
    }

    /** A date of something that happened. */
    record Day(LocalDate date) {
    }

    record Withdrawal(LocalDate withdrawnOn, String reason) {
    }

    @PostMapping("/leads")
    RegisteredLead registerLead(@RequestBody LeadForm form) {
        return workflow.registerLead(form);
    }

    @PostMapping("/on-the-spot")
    OnTheSpotResult onTheSpot(@RequestBody OnTheSpotForm form) {
        return workflow.decideOnTheSpot(form);
    }

    @GetMapping("/{id}/work")
    CaseWork work(@PathVariable long id) {
        return workflow.work(id);
    }

    @PostMapping("/{id}/lead-check")
    CaseWork checkLead(@PathVariable long id, @RequestBody LeadCheck cmd) {
        workflow.checkLead(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/lead-check/extension")
    CaseWork extendLeadCheck(@PathVariable long id, @RequestBody Text reason) {
        workflow.extendLeadCheck(id, reason.text());
        return workflow.work(id);
    }

    @PostMapping("/{id}/filing")
    CaseWork decideFiling(@PathVariable long id, @RequestBody FilingDecision cmd) {
        workflow.decideFiling(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/evidence")
    CaseWork addEvidence(@PathVariable long id, @RequestBody EvidenceEntry cmd) {
        workflow.addEvidence(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/investigation/finish")
    CaseWork finishInvestigation(@PathVariable long id) {
        workflow.finishInvestigation(id);
        return workflow.work(id);
    }

    @PostMapping("/{id}/report")
    CaseWork submitReport(@PathVariable long id, @RequestBody InvestigationReport cmd) {
        workflow.submitReport(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/termination")
    CaseWork terminate(@PathVariable long id, @RequestBody Text reason) {
        workflow.terminateInvestigation(id, reason.text());
        return workflow.work(id);
    }

    @PostMapping("/{id}/preservations")
    CaseWork preserve(@PathVariable long id, @RequestBody PreservationOrder cmd) {
        workflow.preserveEvidence(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/preservations/decision")
    CaseWork decidePreservation(@PathVariable long id, @RequestBody PreservationOutcome cmd) {
        workflow.decidePreservation(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/seizures")
    CaseWork seize(@PathVariable long id, @RequestBody Seizure cmd) {
        workflow.seize(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/seizures/{no}/extension")
    CaseWork extendSeizure(@PathVariable long id, @PathVariable int no, @RequestBody Text reason) {
        workflow.extendSeizure(id, no, reason.text());
        return workflow.work(id);
    }

    @PostMapping("/{id}/seizures/{no}/end")
    CaseWork endSeizure(@PathVariable long id, @PathVariable int no, @RequestBody Day day) {
        workflow.endSeizure(id, no, day.date());
        return workflow.work(id);
    }

    @PostMapping("/{id}/recusals")
    CaseWork requestRecusal(@PathVariable long id, @RequestBody RecusalApplication cmd) {
        workflow.requestRecusal(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/recusals/decision")
    CaseWork decideRecusal(@PathVariable long id, @RequestBody RecusalDecision cmd) {
        workflow.decideRecusal(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/pauses")
    CaseWork pause(@PathVariable long id, @RequestBody PauseStart cmd) {
        workflow.pause(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/pauses/{pauseId}/end")
    CaseWork resume(@PathVariable long id, @PathVariable long pauseId, @RequestBody Day day) {
        workflow.resume(id, pauseId, day.date());
        return workflow.work(id);
    }

    @PostMapping("/{id}/extensions")
    CaseWork extend(@PathVariable long id, @RequestBody ExtensionRequest cmd) {
        workflow.extendDecisionPeriod(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/review")
    CaseWork review(@PathVariable long id, @RequestBody Review cmd) {
        workflow.review(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/proposal-approval")
    CaseWork approveProposal(@PathVariable long id, @RequestBody Text opinion) {
        workflow.approveProposal(id, opinion.text());
        return workflow.work(id);
    }

    @PostMapping("/{id}/prior-notice")
    CaseWork notifyParty(@PathVariable long id, @RequestBody NoticeService cmd) {
        workflow.notifyParty(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/statements")
    CaseWork recordStatement(@PathVariable long id, @RequestBody StatementReceived cmd) {
        workflow.recordStatement(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/hearing-request")
    CaseWork requestHearing(@PathVariable long id, @RequestBody HearingRequest cmd) {
        workflow.recordHearingRequest(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/waiver")
    CaseWork waive(@PathVariable long id, @RequestBody Waiver cmd) {
        workflow.waiveRights(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/rights-windows/close")
    CaseWork closeWindows(@PathVariable long id) {
        workflow.closeRightsWindows(id);
        return workflow.work(id);
    }

    @PostMapping("/{id}/hearing/schedule")
    CaseWork scheduleHearing(@PathVariable long id, @RequestBody HearingSchedule cmd) {
        workflow.scheduleHearing(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/hearing/result")
    CaseWork recordHearing(@PathVariable long id, @RequestBody HearingResult cmd) {
        workflow.recordHearing(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/statements/review")
    CaseWork reviewStatements(@PathVariable long id, @RequestBody StatementsReview cmd) {
        workflow.reviewStatements(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/collective-discussion")
    CaseWork discuss(@PathVariable long id, @RequestBody Discussion cmd) {
        workflow.discuss(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/decision")
    CaseWork decide(@PathVariable long id, @RequestBody Decision cmd) {
        workflow.decide(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/service")
    CaseWork serve(@PathVariable long id, @RequestBody DecisionService cmd) {
        workflow.serve(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/publication")
    CaseWork publish(@PathVariable long id, @RequestBody Publication cmd) {
        workflow.publish(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/payments")
    CaseWork pay(@PathVariable long id, @RequestBody Payment cmd) {
        workflow.recordPayment(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/deferral")
    CaseWork defer(@PathVariable long id, @RequestBody Deferral cmd) {
        workflow.grantDeferral(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/reminder")
    CaseWork remind(@PathVariable long id, @RequestBody Reminder cmd) {
        workflow.remind(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/court-application")
    CaseWork applyToCourt(@PathVariable long id, @RequestBody CourtApplication cmd) {
        workflow.applyToCourt(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/decision-change")
    CaseWork decisionChanged(@PathVariable long id, @RequestBody DecisionChange cmd) {
        workflow.recordDecisionChanged(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/publication-withdrawal")
    CaseWork withdraw(@PathVariable long id, @RequestBody Withdrawal cmd) {
        workflow.withdrawPublication(id, cmd.withdrawnOn(), cmd.reason());
        return workflow.work(id);
    }

    @PostMapping("/{id}/closing")
    CaseWork close(@PathVariable long id, @RequestBody Closing cmd) {
        workflow.approveClosing(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/archive")
    CaseWork archive(@PathVariable long id) {
        workflow.archive(id);
        return workflow.work(id);
    }

    @PostMapping("/{id}/hand-over")
    CaseWork handOver(@PathVariable long id, @RequestBody Day day) {
        workflow.handOverFine(id, day.date());
        return workflow.work(id);
    }

    @PostMapping("/{id}/agency-filing")
    CaseWork fileWithAgency(@PathVariable long id, @RequestBody Day day) {
        workflow.fileWithAgency(id, day.date());
        return workflow.work(id);
    }

    @PostMapping("/{id}/transfer/decision")
    CaseWork decideTransfer(@PathVariable long id, @RequestBody TransferDecision cmd) {
        workflow.decideTransfer(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/transfer")
    CaseWork transfer(@PathVariable long id, @RequestBody Transfer cmd) {
        workflow.transfer(id, cmd);
        return workflow.work(id);
    }

    @PostMapping("/{id}/transfer/answer")
    CaseWork receiverAnswer(@PathVariable long id, @RequestBody ReceiverAnswerEntry cmd) {
        workflow.recordReceiverAnswer(id, cmd);
        return workflow.work(id);
    }
}
