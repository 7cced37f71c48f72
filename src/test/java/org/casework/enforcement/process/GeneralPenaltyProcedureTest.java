package org.casework.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.*;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.Proposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The general procedure model with its glue (gateways, assignments, timers, delegates) over mocked
 * business services: the happy path in one test, the detours in their own.
 */
@Deployment(resources = {GeneralPenaltyProcedure.RESOURCE, CriminalTransferProcedure.RESOURCE})
class GeneralPenaltyProcedureTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

    static final long CASE = 42L;
    ProcessTestBeans beans;

    @BeforeEach
    void setUp() {
        beans = new ProcessTestBeans(engine.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        ProcessTestBeans.reset();
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, "东街执〔2025〕第1号", Map.of(VAR_CASE_ID, CASE));
    }

    /** Starts at the investigation, the case filed (the usual place the detours begin). */
    ProcessInstance filed() {
        ProcessInstance pi = start();
        complete(task(TASK_CHECK_LEAD, pi));
        complete(task(TASK_APPROVE_FILING, pi));
        return pi;
    }

    void reportedAndReviewed(ProcessInstance pi) {
        complete(task(TASK_INVESTIGATE_CASE, pi));
        complete(task(TASK_REPORT_INVESTIGATION, pi));
    }

    @Test
    void happyPathFromLeadToArchive() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(TASK_CHECK_LEAD);
        assertThat(task(pi)).isAssignedTo("officer");
        assertThat(taskService().getIdentityLinksForTask(task(pi).getId())).extracting(l -> l.getGroupId()).contains("OFFICER@320599001");
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPROVE_FILING);
        assertThat(task(pi)).hasCandidateGroup("HEAD@320599001");
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(3);
        reportedAndReviewed(pi);
        assertThat(pi).isWaitingAt(TASK_REVIEW_CASE);
        assertThat(task(pi)).hasCandidateGroup("LEGAL_REVIEWER@320599001");
        complete(task(pi));
        complete(task(TASK_APPROVE_PROPOSAL, pi));
        complete(task(TASK_NOTIFY_PARTY, pi));
        assertThat(pi).isWaitingAt(TASK_HEAR_PARTY);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_DECIDE_CASE);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_SERVE_DECISION);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_DAY_60).count())
                .as("the clock's timers end with the decision period").isZero();
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_PUBLISH_DECISION, TASK_COLLECT_PAYMENT);
        complete(task(TASK_PUBLISH_DECISION, pi));
        complete(task(TASK_COLLECT_PAYMENT, pi));
        complete(task(TASK_APPROVE_CLOSING, pi));
        complete(task(TASK_ARCHIVE_CASE, pi));
        assertThat(pi).isEnded().hasPassed(END_CASE_ARCHIVED);
    }

    @Test
    void leadNotFiledEndsTheProcess() {
        when(beans.facts.caseFiled(anyLong())).thenReturn(false);
        ProcessInstance pi = start();
        complete(task(TASK_CHECK_LEAD, pi));
        complete(task(TASK_APPROVE_FILING, pi));
        assertThat(pi).isEnded().hasPassed(END_LEAD_NOT_FILED);
    }

    @Test
    void legalReviewLoopsBackForFurtherInvestigationAndCorrectionThenNeedsCollectiveDiscussion() {
        when(beans.facts.legalReviewRequired(anyLong())).thenReturn(true);
        when(beans.facts.collectiveDiscussionRequired(anyLong())).thenReturn(true);
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        assertThat(pi).isWaitingAt(TASK_REVIEW_LEGALITY);

        when(beans.facts.reviewOpinion(anyLong())).thenReturn(ReviewConclusion.INVESTIGATE_FURTHER);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE);
        reportedAndReviewed(pi);
        when(beans.facts.reviewOpinion(anyLong())).thenReturn(ReviewConclusion.CORRECT);
        complete(task(TASK_REVIEW_LEGALITY, pi));
        assertThat(pi).isWaitingAt(TASK_REVISE_REPORT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_REVIEW_LEGALITY);
        when(beans.facts.reviewOpinion(anyLong())).thenReturn(ReviewConclusion.AGREE);
        complete(task(pi));
        complete(task(TASK_APPROVE_PROPOSAL, pi));
        complete(task(TASK_NOTIFY_PARTY, pi));
        complete(task(TASK_HEAR_PARTY, pi));
        assertThat(pi).isWaitingAt(TASK_DISCUSS_CASE);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_DECIDE_CASE).hasPassed(TASK_REVIEW_LEGALITY, TASK_REVISE_REPORT);
    }

    @Test
    void windowsRunningOutMovesOnToTheHearingAndAReviewOfTheStatements() {
        when(beans.facts.hearingRequested(anyLong())).thenReturn(true);
        when(beans.facts.statementsToReview(anyLong())).thenReturn(true);
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        complete(task(TASK_REVIEW_CASE, pi));
        complete(task(TASK_APPROVE_PROPOSAL, pi));
        complete(task(TASK_NOTIFY_PARTY, pi));
        Job windows = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_RIGHTS_WINDOWS_CLOSED).singleResult();
        assertThat(windows.getDuedate()).isEqualTo(endOfDay(10));
        execute(windows);
        assertThat(pi).isWaitingAt(TASK_SCHEDULE_HEARING).hasPassed(TIMER_RIGHTS_WINDOWS_CLOSED);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_HOLD_HEARING);
        complete(task(pi));    // held, or the party stayed away: the service records which
        assertThat(pi).isWaitingAt(TASK_REVIEW_STATEMENTS);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_DECIDE_CASE);
    }

    @Test
    void noPenaltySkipsTheNoticeAndServiceAndGoesToClosing() {
        when(beans.facts.proposal(anyLong())).thenReturn(Proposal.NO_PENALTY);
        when(beans.facts.outcome(anyLong())).thenReturn("NO_PENALTY");
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        complete(task(TASK_REVIEW_CASE, pi));
        complete(task(TASK_APPROVE_PROPOSAL, pi));
        assertThat(pi).isWaitingAt(TASK_DECIDE_CASE).hasNotPassed(TASK_NOTIFY_PARTY);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSING).hasNotPassed(TASK_SERVE_DECISION);
    }

    @Test
    void criminalTransferAcceptedEndsTheCaseAsTransferred() {
        when(beans.facts.proposal(anyLong())).thenReturn(Proposal.TRANSFER_CRIMINAL);
        when(beans.facts.transferApproved(anyLong())).thenReturn(true);
        when(beans.facts.receiverAccepted(anyLong())).thenReturn(true);
        when(beans.facts.transferredToJudicialOrgans(anyLong())).thenReturn(true);
        when(beans.facts.outcome(anyLong())).thenReturn("TRANSFER");
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        assertThat(pi).isWaitingAt(CALL_TRANSFER_TO_JUDICIAL_ORGANS);
        ProcessInstance transfer = calledProcessInstance(pi);
        assertThat(transfer).isWaitingAt(CriminalTransferProcedure.TASK_DECIDE_TRANSFER);
        assertThat(transfer.getBusinessKey()).isEqualTo("东街执〔2025〕第1号");
        complete(task(transfer));
        complete(task(CriminalTransferProcedure.TASK_TRANSFER_CASE, transfer));
        complete(task(CriminalTransferProcedure.TASK_RECORD_RECEIVER_ANSWER, transfer));
        assertThat(transfer).isEnded().hasPassed(CriminalTransferProcedure.END_CASE_TRANSFERRED);
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSING).hasPassed(END_CASE_TRANSFERRED);
    }

    @Test
    void criminalTransferNotApprovedReturnsToTheInvestigation() {
        when(beans.facts.proposal(anyLong())).thenReturn(Proposal.TRANSFER_CRIMINAL);
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        ProcessInstance transfer = calledProcessInstance(pi);
        complete(task(transfer));
        assertThat(transfer).isEnded().hasPassed(CriminalTransferProcedure.END_TRANSFER_NOT_APPROVED);
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE);
    }

    @Test
    void terminationEndsTheInvestigationAndGoesToClosing() {
        when(beans.facts.outcome(anyLong())).thenReturn("TERMINATED");
        ProcessInstance pi = filed();
        runtimeService().createMessageCorrelation(MESSAGE_INVESTIGATION_TERMINATED).processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSING).hasPassed(END_INVESTIGATION_TERMINATED);
    }

    @Test
    void preservedEvidenceNotDecidedInSevenWorkingDaysLapses() {
        ProcessInstance pi = filed();
        runtimeService().createMessageCorrelation(MESSAGE_EVIDENCE_PRESERVED).processInstanceId(pi.getId())
                .setVariableLocal(VAR_PRESERVATION_ID, 7L).correlate();
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE, TASK_DECIDE_PRESERVED_EVIDENCE);
        assertThat(runtimeService().getVariable(pi.getId(), VAR_PRESERVATION_ID)).as("local to the event subprocess").isNull();
        Job lapse = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_PRESERVATION_LAPSED).singleResult();
        assertThat(lapse.getDuedate()).isEqualTo(endOfDay(9));
        execute(lapse);
        verify(beans.hooks).lapsePreservation(7L);
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE).hasPassed(END_PRESERVATION_LAPSED);
    }

    @Test
    void recusalIsDecidedByTheHeadWhileTheInvestigationGoesOn() {
        ProcessInstance pi = filed();
        runtimeService().createMessageCorrelation(MESSAGE_RECUSAL_REQUESTED).processInstanceId(pi.getId())
                .setVariableLocal(VAR_RECUSAL_ID, 3L).correlate();
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE, TASK_DECIDE_RECUSAL);
        assertThat(task(TASK_DECIDE_RECUSAL, pi)).hasCandidateGroup("HEAD@320599001");
        assertThat(taskService().getVariable(task(TASK_DECIDE_RECUSAL, pi).getId(), VAR_RECUSAL_ID)).isEqualTo(3L);
        complete(task(TASK_DECIDE_RECUSAL, pi));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE);
    }

    @Test
    void dayOfTheClockWarningsFireWithoutInterruptingAndFollowTheClockWhenRescheduled() {
        ProcessInstance pi = filed();
        Job day60 = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_DAY_60).singleResult();
        assertThat(day60.getDuedate()).isEqualTo(startOfDay(60));
        // an extension or pause moves the clock: the timer expressions are evaluated again
        when(beans.facts.decisionDay(anyLong(), org.mockito.ArgumentMatchers.eq(60))).thenReturn(ProcessTestBeans.TODAY.plusDays(75));
        managementService().recalculateJobDuedate(day60.getId(), false);
        assertThat(managementService().createJobQuery().jobId(day60.getId()).singleResult().getDuedate()).isEqualTo(startOfDay(75));
        execute(managementService().createJobQuery().jobId(day60.getId()).singleResult());
        verify(beans.hooks).recordClockWarning(CASE, "DAY_60");
        Job expiry = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_DECISION_PERIOD_EXPIRED).singleResult();
        execute(expiry);
        verify(beans.hooks).recordClockWarning(CASE, "EXPIRED");
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE_CASE);
    }

    @Test
    void unpaidFineLeadsToTheReminderAndTheCourt() {
        ProcessInstance pi = filed();
        reportedAndReviewed(pi);
        complete(task(TASK_REVIEW_CASE, pi));
        complete(task(TASK_APPROVE_PROPOSAL, pi));
        complete(task(TASK_NOTIFY_PARTY, pi));
        complete(task(TASK_HEAR_PARTY, pi));
        complete(task(TASK_DECIDE_CASE, pi));
        complete(task(TASK_SERVE_DECISION, pi));
        complete(task(TASK_PUBLISH_DECISION, pi));
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_PAYMENT_OVERDUE).singleResult());
        assertThat(pi).isWaitingAt(TASK_REMIND_PARTY);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPLY_FOR_COURT_ENFORCEMENT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSING);
    }

    @Test
    void noMoneyToPaySkipsThePayment() {
        when(beans.facts.moneyToPay(anyLong())).thenReturn(false);
        ProcessInstance pi = runtimeService().createProcessInstanceByKey(KEY).businessKey("K").setVariable(VAR_CASE_ID, CASE)
                .startBeforeActivity(TASK_SERVE_DECISION).execute();
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_PUBLISH_DECISION).hasNotPassed(TASK_COLLECT_PAYMENT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSING);
    }

    static Date endOfDay(int daysAfterToday) {
        return Date.from(ProcessTestBeans.TODAY.plusDays(daysAfterToday).atTime(23, 59, 59).atZone(ProcessTestBeans.SHANGHAI).toInstant());
    }

    static Date startOfDay(int daysAfterToday) {
        return Date.from(ProcessTestBeans.TODAY.plusDays(daysAfterToday).atStartOfDay(ProcessTestBeans.SHANGHAI).toInstant());
    }

    @SuppressWarnings("unused")
    private static Job anyJob() {
        return job();
    }
}
