package org.casework.mediation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casework.mediation.DisputeRouting;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.SessionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mediation process with its glue (facts bean, delegates) real and the workflow service mocked:
 * each path from intake to archive, the refusal, the risk report, the time limit with an extension by
 * consent, and the follow-up and judicial-confirmation timers. The service's answers are set per test
 * in {@link #facts}, as the completed steps would have written them.
 */
@Deployment(resources = DisputeMediationProcess.RESOURCE)
class DisputeMediationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    static final long DISPUTE = 42L;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
    static final LocalDate LIMIT = LocalDate.of(2025, 4, 2);
    static final LocalDate EXTENDED = LocalDate.of(2025, 5, 2);
    static final LocalDate AGREED = LocalDate.of(2025, 3, 20);
    static final LocalDate FOLLOW_UP = LocalDate.of(2025, 4, 4);
    static final LocalDate CONFIRMATION = LocalDate.of(2025, 4, 21);
    static final List<String> MEDIATORS = List.of("MEDIATOR@320599001-TW", "MEDIATOR@320599001", "MEDIATOR@320599");

    final MediationWorkflowService service = mock(MediationWorkflowService.class);
    final Facts facts = new Facts();

    /** What the service answers about the dispute; the tests change it as the steps would. */
    static final class Facts {
        boolean refused;
        boolean assigned;
        SessionResult last;
        boolean risk;
        boolean written;
        boolean applied;
        boolean limitRunning = true;
        LocalDate limitDue = LIMIT;
        LocalDate followUpDue;
        LocalDate confirmationDue;

        DisputeRouting routing() {
            return new DisputeRouting(refused, assigned, last, risk, written, applied, limitRunning, limitDue, followUpDue,
                    confirmationDue, MEDIATORS, List.of("MEDIATOR@320599001-TW", "HEAD@320599001-TW"));
        }
    }

    @BeforeEach
    void registerGlue() {
        BpmnAwareTests.init(engine.getProcessEngine());
        when(service.routing(anyLong())).thenAnswer(i -> facts.routing());
        when(service.stepDue(anyLong(), anyString())).thenAnswer(i ->
                MediationStepsDue.of(i.getArgument(1), facts));
        Mocks.register("mediationFacts", new MediationFacts(service, CLOCK));
        Mocks.register("recordTimeLimitReached", new RecordTimeLimitReached(service));
        Mocks.register("recordConfirmationNotApplied", new RecordConfirmationNotApplied(service));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** The due dates the service would give: the limit for the mediation steps, the windows after the agreement. */
    static final class MediationStepsDue {
        static LocalDate of(String taskKey, Facts f) {
            return switch (taskKey) {
                case DisputeMediationProcess.TASK_HOLD_SESSION, DisputeMediationProcess.TASK_ASSIGN_MEDIATORS -> f.limitDue;
                case DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION -> f.confirmationDue;
                case DisputeMediationProcess.TASK_VISIT_PARTIES -> f.followUpDue;
                default -> null;
            };
        }
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DisputeMediationProcess.PROCESS_ID, "东调〔2025〕1号",
                Map.of(DisputeMediationProcess.VAR_DISPUTE_ID, DISPUTE));
    }

    /** Intake accepted, registered, mediators assigned: waiting for the first session. */
    ProcessInstance mediating() {
        ProcessInstance pi = start();
        complete(task(DisputeMediationProcess.TASK_CHECK_WILLINGNESS, pi));
        complete(task(DisputeMediationProcess.TASK_REGISTER_DISPUTE, pi));
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_ASSIGN_MEDIATORS);
        facts.assigned = true;
        complete(task(DisputeMediationProcess.TASK_ASSIGN_MEDIATORS, pi));
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_HOLD_SESSION);
        return pi;
    }

    void session(ProcessInstance pi, SessionResult result) {
        facts.last = result;
        complete(task(DisputeMediationProcess.TASK_HOLD_SESSION, pi));
    }

    Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(SHANGHAI).toInstant());
    }

    @Test
    void aWrittenAgreementIsFollowedUpConfirmedByTheCourtAndArchived() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_CHECK_WILLINGNESS);
        assertThat(taskService().getIdentityLinksForTask(task(pi).getId())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrderElementsOf(MEDIATORS);
        complete(task(pi));
        complete(task(DisputeMediationProcess.TASK_REGISTER_DISPUTE, pi));

        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_ASSIGN_MEDIATORS);
        assertThat(taskService().getIdentityLinksForTask(task(pi).getId())).extracting(IdentityLink::getGroupId)
                .contains("HEAD@320599001-TW");
        assertThat(timer(pi, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED).getDuedate()).isEqualTo(endOf(LIMIT));
        facts.assigned = true;
        complete(task(pi));

        assertThat(task(pi).getDueDate()).as("a session is due within the limit").isEqualTo(endOf(LIMIT));
        session(pi, SessionResult.WRITTEN);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_SIGN_WRITTEN_AGREEMENT);
        assertThat(timer(pi, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED)).as("the limit stops with the mediation").isNull();

        facts.written = true;
        facts.followUpDue = FOLLOW_UP;
        facts.confirmationDue = CONFIRMATION;
        complete(task(pi));
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE, DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION);
        assertThat(timer(pi, DisputeMediationProcess.TIMER_FOLLOW_UP_DUE).getDuedate()).isEqualTo(startOf(FOLLOW_UP));
        assertThat(timer(pi, DisputeMediationProcess.TIMER_CONFIRMATION_WINDOW_CLOSED).getDuedate()).isEqualTo(endOf(CONFIRMATION));
        assertThat(task(DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION, pi).getDueDate()).isEqualTo(endOf(CONFIRMATION));

        facts.applied = true;
        complete(task(DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION, pi));
        complete(task(DisputeMediationProcess.TASK_RECORD_COURT_DECISION, pi));
        execute(timer(pi, DisputeMediationProcess.TIMER_FOLLOW_UP_DUE));
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(DisputeMediationProcess.TASK_VISIT_PARTIES);
        assertThat(task(pi).getDueDate()).isEqualTo(endOf(FOLLOW_UP));
        complete(task(pi));

        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_ARCHIVE_CASE_FILE);
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(DisputeMediationProcess.TASK_RECORD_COURT_DECISION, DisputeMediationProcess.END_EVENT_CASE_ARCHIVED);
    }

    @Test
    void anOralAgreementIsFollowedUpWithoutJudicialConfirmation() {
        ProcessInstance pi = mediating();
        session(pi, SessionResult.ORAL);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_RECORD_ORAL_AGREEMENT);
        facts.followUpDue = FOLLOW_UP;
        complete(task(pi));

        assertThat(pi).isWaitingAt(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE);
        assertThat(timer(pi, DisputeMediationProcess.TIMER_CONFIRMATION_WINDOW_CLOSED)).isNull();
        execute(timer(pi, DisputeMediationProcess.TIMER_FOLLOW_UP_DUE));
        complete(task(DisputeMediationProcess.TASK_VISIT_PARTIES, pi));
        complete(task(DisputeMediationProcess.TASK_ARCHIVE_CASE_FILE, pi));
        assertThat(pi).isEnded().hasNotPassed(DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION);
    }

    @Test
    void aPartyWhoRefusesEndsItAtIntake() {
        ProcessInstance pi = start();
        facts.refused = true;
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(DisputeMediationProcess.END_EVENT_MEDIATION_REFUSED)
                .hasNotPassed(DisputeMediationProcess.TASK_REGISTER_DISPUTE);
    }

    @Test
    void aTerminatedMediationIsArchivedWithoutFollowUp() {
        ProcessInstance pi = mediating();
        session(pi, SessionResult.CONTINUE);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_HOLD_SESSION);
        session(pi, SessionResult.TERMINATE);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_TERMINATE_MEDIATION);
        complete(task(pi));
        complete(task(DisputeMediationProcess.TASK_ARCHIVE_CASE_FILE, pi));
        assertThat(pi).isEnded().hasNotPassed(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE);
    }

    @Test
    void aRiskFoundInASessionIsReportedToThePoliceBeforeTheMediationGoesOn() {
        ProcessInstance pi = mediating();
        facts.risk = true;
        session(pi, SessionResult.CONTINUE);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_REPORT_RISK);
        complete(task(pi));
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_HOLD_SESSION);

        facts.risk = false;
        session(pi, SessionResult.REASSIGN);
        assertThat(pi).as("a recusal goes back to the assignment").isWaitingAt(DisputeMediationProcess.TASK_ASSIGN_MEDIATORS);
        complete(task(pi));
        session(pi, SessionResult.TERMINATE);
        assertThat(pi).hasPassed(DisputeMediationProcess.TASK_REPORT_RISK).isWaitingAt(DisputeMediationProcess.TASK_TERMINATE_MEDIATION);
    }

    @Test
    void atTheLimitBothPartiesConsentToAnExtensionAndTheMediationGoesOnUntilTheNewLimit() {
        ProcessInstance pi = mediating();
        execute(timer(pi, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED));
        verify(service).timeLimitReached(DISPUTE);
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TASK_DECIDE_ON_TIME_LIMIT)
                .hasPassed(DisputeMediationProcess.SERVICE_TASK_RECORD_TIME_LIMIT_REACHED);

        facts.limitDue = EXTENDED;
        complete(task(pi));
        assertThat(pi).as("back at the session, the mediators kept").isWaitingAt(DisputeMediationProcess.TASK_HOLD_SESSION);
        assertThat(timer(pi, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED).getDuedate()).isEqualTo(endOf(EXTENDED));

        execute(timer(pi, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED));
        facts.limitRunning = false;
        complete(task(DisputeMediationProcess.TASK_DECIDE_ON_TIME_LIMIT, pi));
        assertThat(pi).as("no consent the second time: terminate").isWaitingAt(DisputeMediationProcess.TASK_TERMINATE_MEDIATION);
    }

    @Test
    void theConfirmationWindowClosesWithoutAnApplication() {
        ProcessInstance pi = mediating();
        session(pi, SessionResult.WRITTEN);
        facts.written = true;
        facts.followUpDue = FOLLOW_UP;
        facts.confirmationDue = CONFIRMATION;
        complete(task(pi));

        execute(timer(pi, DisputeMediationProcess.TIMER_CONFIRMATION_WINDOW_CLOSED));
        verify(service).confirmationNotApplied(DISPUTE);
        assertThat(pi).hasPassed(DisputeMediationProcess.SERVICE_TASK_RECORD_CONFIRMATION_NOT_APPLIED)
                .isWaitingAt(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE);
        execute(timer(pi, DisputeMediationProcess.TIMER_FOLLOW_UP_DUE));
        complete(task(DisputeMediationProcess.TASK_VISIT_PARTIES, pi));
        complete(task(DisputeMediationProcess.TASK_ARCHIVE_CASE_FILE, pi));
        assertThat(pi).isEnded().hasNotPassed(DisputeMediationProcess.TASK_RECORD_COURT_DECISION);
    }

    @Test
    void thePartiesMayDeclineJudicialConfirmation() {
        ProcessInstance pi = mediating();
        session(pi, SessionResult.WRITTEN);
        facts.written = true;
        facts.followUpDue = FOLLOW_UP;
        facts.confirmationDue = CONFIRMATION;
        complete(task(pi));
        complete(task(DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION, pi));
        assertThat(pi).isWaitingAt(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE)
                .hasNotPassed(DisputeMediationProcess.TASK_RECORD_COURT_DECISION);
    }
}
