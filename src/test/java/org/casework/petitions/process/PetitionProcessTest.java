package org.casework.petitions.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casework.petitions.PetitionDeadline;
import org.casework.petitions.PetitionProcessHooks;
import org.casework.petitions.PetitionStage;
import org.casework.petitions.TaskAudience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The petition process with its real glue (delegates, stage listener, timer and group expressions) and
 * the petitions feature mocked: each path of 信访事项办理 — acknowledgement, closing in time, extension,
 * backlog, review (复查) and re-examination (复核), and the windows that close them.
 */
@Deployment(resources = PetitionProcess.RESOURCE)
class PetitionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final long PETITION = 42L;
    static final LocalDate ACK_DUE = LocalDate.of(2024, 2, 18);
    static final LocalDate CLOSING_DUE = LocalDate.of(2024, 3, 29);
    static final LocalDate EXTENDED_DUE = LocalDate.of(2024, 4, 29);
    static final LocalDate REVIEW_REQUEST_END = LocalDate.of(2024, 4, 29);

    final PetitionProcessHooks hooks = mock(PetitionProcessHooks.class);

    @BeforeEach
    void registerGlue() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Clock clock = Clock.system(SHANGHAI);
        Mocks.register("petitionDeadlines", new PetitionDeadlineTimers(hooks, clock));
        Mocks.register("petitionTaskGroups", new PetitionTaskGroups(hooks));
        Mocks.register("petitionStageListener", new PetitionStageListener(hooks));
        Mocks.register("warnPetitionDeadline", new WarnPetitionDeadline(hooks));
        Mocks.register("flagPetitionBacklog", new FlagPetitionBacklog(hooks));
        Mocks.register("finishPetition", new FinishPetition(hooks));
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.ACKNOWLEDGEMENT))).thenReturn(ACK_DUE);
        when(hooks.warningDate(anyLong(), eq(PetitionDeadline.ACKNOWLEDGEMENT))).thenReturn(ACK_DUE.minusDays(3));
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.CLOSING))).thenReturn(CLOSING_DUE);
        when(hooks.warningDate(anyLong(), eq(PetitionDeadline.CLOSING))).thenReturn(CLOSING_DUE.minusDays(3));
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.REVIEW_REQUEST))).thenReturn(REVIEW_REQUEST_END);
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.REVIEW))).thenReturn(LocalDate.of(2024, 5, 20));
        when(hooks.warningDate(anyLong(), eq(PetitionDeadline.REVIEW))).thenReturn(LocalDate.of(2024, 5, 15));
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.REEXAMINATION_REQUEST))).thenReturn(LocalDate.of(2024, 6, 20));
        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.REEXAMINATION))).thenReturn(LocalDate.of(2024, 7, 22));
        when(hooks.warningDate(anyLong(), eq(PetitionDeadline.REEXAMINATION))).thenReturn(LocalDate.of(2024, 7, 17));
        when(hooks.candidateGroups(anyLong(), eq(TaskAudience.REGISTRAR))).thenReturn(List.of("PETITION_CLERK@JD1"));
        when(hooks.candidateGroups(anyLong(), eq(TaskAudience.HANDLING_UNIT)))
                .thenReturn(List.of("PETITION_CLERK@JD1-ZF", "PETITION_CLERK@JD1"));
        when(hooks.candidateGroups(anyLong(), eq(TaskAudience.APPROVERS))).thenReturn(List.of("HEAD@JD1-ZF", "LEADER@JD1-ZF"));
        when(hooks.candidateGroups(anyLong(), eq(TaskAudience.REVIEW_BODY))).thenReturn(List.of("LEADER@DISTRICT"));
        when(hooks.candidateGroups(anyLong(), eq(TaskAudience.REEXAMINATION_BODY))).thenReturn(List.of("LEADER@CITY"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(ZonedDateTime.of(day.atTime(23, 59, 59), SHANGHAI).toInstant());
    }

    static Date warningAt(LocalDate day) {
        return Date.from(ZonedDateTime.of(day.atTime(8, 0), SHANGHAI).toInstant());
    }

    ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PetitionProcess.KEY, "东信〔2024〕1号",
                withVariables(PetitionProcess.VAR_PETITION_ID, PETITION));
    }

    ProcessInstance startAt(String activity) {
        return runtimeService().createProcessInstanceByKey(PetitionProcess.KEY).businessKey("东信〔2024〕1号")
                .setVariable(PetitionProcess.VAR_PETITION_ID, PETITION).startBeforeActivity(activity).execute();
    }

    static List<String> groups(ProcessInstance pi) {
        return taskService().getIdentityLinksForTask(task(pi).getId()).stream().map(IdentityLink::getGroupId).toList();
    }

    @Test
    void aPetitionIsRoutedAndAcknowledgedWithinFifteenDays() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_ROUTE_PETITION);
        verify(hooks).enterStage(PETITION, PetitionStage.ROUTING);
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(ACK_DUE));
        assertThat(groups(pi)).containsExactly("PETITION_CLERK@JD1");
        assertThat(job(PetitionProcess.TIMER_ACKNOWLEDGEMENT_DUE_SOON, pi).getDuedate())
                .isEqualTo(warningAt(ACK_DUE.minusDays(3)));
        assertThat(job(PetitionProcess.TIMER_ACKNOWLEDGEMENT_OVERDUE, pi).getDuedate())
                .isEqualTo(endOfDay(ACK_DUE));

        complete(task(pi));
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_ACKNOWLEDGE_PETITION);
        verify(hooks).enterStage(PETITION, PetitionStage.ACKNOWLEDGEMENT);
        assertThat(groups(pi)).containsExactlyInAnyOrder("PETITION_CLERK@JD1-ZF", "PETITION_CLERK@JD1");

        complete(task(pi));
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_HANDLE_PETITION)
                .hasPassed("EndEvent_PetitionAcknowledged");
        verify(hooks).enterStage(PETITION, PetitionStage.HANDLING);
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(CLOSING_DUE));
        verify(hooks, never()).deadlineReached(anyLong(), eq(PetitionDeadline.ACKNOWLEDGEMENT), anyBoolean());
    }

    @Test
    void theAcknowledgementTimersWarnAndRecordTheMissedPeriodWhileTheStepStaysOpen() {
        ProcessInstance pi = start();

        execute(job(PetitionProcess.TIMER_ACKNOWLEDGEMENT_DUE_SOON, pi));
        verify(hooks).deadlineReached(PETITION, PetitionDeadline.ACKNOWLEDGEMENT, false);
        execute(job(PetitionProcess.TIMER_ACKNOWLEDGEMENT_OVERDUE, pi));
        verify(hooks).deadlineReached(PETITION, PetitionDeadline.ACKNOWLEDGEMENT, true);

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_ROUTE_PETITION);
    }

    @Test
    void aPetitionClosedInTimeIsRatedAndFinishesWhenTheReviewWindowCloses() {
        ProcessInstance pi = startAt(PetitionProcess.SUBPROCESS_HANDLING);
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_HANDLE_PETITION);

        complete(task(pi), withVariables(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_CLOSED));
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_RECORD_RATING).hasPassed("EndEvent_PetitionAnswered");
        verify(hooks).enterStage(PETITION, PetitionStage.RATING);
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(REVIEW_REQUEST_END));

        complete(task(pi));
        assertThat(pi).isWaitingAt(PetitionProcess.GATEWAY_REVIEW_REQUESTED);
        verify(hooks).enterStage(PETITION, PetitionStage.REVIEW_WINDOW);
        assertThat(job(PetitionProcess.EVENT_REVIEW_WINDOW_CLOSED, pi).getDuedate())
                .isEqualTo(endOfDay(REVIEW_REQUEST_END));

        execute(job(PetitionProcess.EVENT_REVIEW_WINDOW_CLOSED, pi));
        assertThat(pi).isEnded().hasPassed(PetitionProcess.TASK_FINISH_PETITION, PetitionProcess.END_PETITION_CONCLUDED);
        verify(hooks).finish(PETITION);
        verify(hooks).enterStage(PETITION, PetitionStage.FINISHED);
        verify(hooks, never()).closingOverdue(anyLong());
    }

    @Test
    void anUnratedPetitionFinishesWhenTheWindowCloses() {
        ProcessInstance pi = startAt(PetitionProcess.TASK_RECORD_RATING);

        execute(job(PetitionProcess.TIMER_RATING_WINDOW_CLOSED, pi));

        assertThat(pi).isEnded().hasPassed(PetitionProcess.TIMER_RATING_WINDOW_CLOSED, PetitionProcess.TASK_FINISH_PETITION);
        verify(hooks).finish(PETITION);
    }

    @Test
    void anApprovedExtensionRestartsHandlingWithTheLongerDeadline() {
        ProcessInstance pi = startAt(PetitionProcess.SUBPROCESS_HANDLING);
        assertThat(job(PetitionProcess.TIMER_CLOSING_OVERDUE, pi).getDuedate()).isEqualTo(endOfDay(CLOSING_DUE));

        complete(task(pi), withVariables(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_EXTENSION_REQUESTED));
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_APPROVE_EXTENSION);
        verify(hooks).enterStage(PETITION, PetitionStage.EXTENSION_APPROVAL);
        assertThat(groups(pi)).containsExactly("HEAD@JD1-ZF", "LEADER@JD1-ZF");

        when(hooks.dueDate(anyLong(), eq(PetitionDeadline.CLOSING))).thenReturn(EXTENDED_DUE);
        when(hooks.warningDate(anyLong(), eq(PetitionDeadline.CLOSING))).thenReturn(EXTENDED_DUE.minusDays(3));
        complete(task(pi), withVariables(PetitionProcess.VAR_EXTENSION_APPROVED, true));

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_HANDLE_PETITION).hasPassed("EndEvent_ExtensionApproved");
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(EXTENDED_DUE));
        assertThat(job(PetitionProcess.TIMER_CLOSING_OVERDUE, pi).getDuedate())
                .isEqualTo(endOfDay(EXTENDED_DUE));
        assertThat(job(PetitionProcess.TIMER_CLOSING_DUE_SOON, pi).getDuedate())
                .isEqualTo(warningAt(EXTENDED_DUE.minusDays(3)));
    }

    @Test
    void aRefusedExtensionReturnsToHandlingUnderTheSameDeadline() {
        ProcessInstance pi = startAt(PetitionProcess.SUBPROCESS_HANDLING);

        complete(task(pi), withVariables(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_EXTENSION_REQUESTED));
        complete(task(pi), withVariables(PetitionProcess.VAR_EXTENSION_APPROVED, false));

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_HANDLE_PETITION).hasNotPassed("EndEvent_ExtensionApproved");
        assertThat(job(PetitionProcess.TIMER_CLOSING_OVERDUE, pi).getDuedate()).isEqualTo(endOfDay(CLOSING_DUE));
    }

    @Test
    void anOverduePetitionIsFlaggedAsBacklogAndStaysInHandling() {
        ProcessInstance pi = startAt(PetitionProcess.SUBPROCESS_HANDLING);

        execute(job(PetitionProcess.TIMER_CLOSING_DUE_SOON, pi));
        verify(hooks).deadlineReached(PETITION, PetitionDeadline.CLOSING, false);
        execute(job(PetitionProcess.TIMER_CLOSING_OVERDUE, pi));
        verify(hooks).closingOverdue(PETITION);

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_HANDLE_PETITION).hasPassed(PetitionProcess.TASK_FLAG_BACKLOG);
        complete(task(pi), withVariables(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_CLOSED));
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_RECORD_RATING);
    }

    @Test
    void aReviewAndAReexaminationAreAskedForAndGiven() {
        ProcessInstance pi = startAt(PetitionProcess.TASK_RECORD_RATING);
        complete(task(pi));
        assertThat(pi).isWaitingAt(PetitionProcess.GATEWAY_REVIEW_REQUESTED);

        runtimeService().createMessageCorrelation(PetitionProcess.MSG_REVIEW_REQUESTED).processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_REVIEW_PETITION);
        verify(hooks).enterStage(PETITION, PetitionStage.REVIEW);
        assertThat(groups(pi)).containsExactly("LEADER@DISTRICT");
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2024, 5, 20)));
        execute(job(PetitionProcess.TIMER_REVIEW_OVERDUE, pi));
        verify(hooks).deadlineReached(PETITION, PetitionDeadline.REVIEW, true);

        complete(task(pi));
        assertThat(pi).isWaitingAt(PetitionProcess.GATEWAY_REEXAMINATION_REQUESTED);
        verify(hooks).enterStage(PETITION, PetitionStage.REEXAMINATION_WINDOW);

        runtimeService().createMessageCorrelation(PetitionProcess.MSG_REEXAMINATION_REQUESTED).processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt(PetitionProcess.TASK_REEXAMINE_PETITION);
        assertThat(groups(pi)).containsExactly("LEADER@CITY");
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2024, 7, 22)));

        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(PetitionProcess.TASK_FINISH_PETITION, PetitionProcess.END_PETITION_CONCLUDED);
        verify(hooks).finish(PETITION);
    }

    @Test
    void aReviewMayBeAskedForBeforeTheRating() {
        ProcessInstance pi = startAt(PetitionProcess.TASK_RECORD_RATING);

        runtimeService().createMessageCorrelation(PetitionProcess.MSG_REVIEW_REQUESTED).processInstanceId(pi.getId()).correlate();

        assertThat(pi).isWaitingAt(PetitionProcess.TASK_REVIEW_PETITION)
                .hasPassed(PetitionProcess.MESSAGE_REVIEW_REQUESTED_BEFORE_RATING);
    }

    @Test
    void withoutAReexaminationRequestThePetitionFinishesWhenThatWindowCloses() {
        ProcessInstance pi = startAt(PetitionProcess.GATEWAY_REEXAMINATION_REQUESTED);

        assertThat(job(PetitionProcess.EVENT_REEXAMINATION_WINDOW_CLOSED, pi).getDuedate())
                .isEqualTo(endOfDay(LocalDate.of(2024, 6, 20)));
        execute(job(PetitionProcess.EVENT_REEXAMINATION_WINDOW_CLOSED, pi));

        assertThat(pi).isEnded().hasPassed(PetitionProcess.TASK_FINISH_PETITION);
        verify(hooks).finish(PETITION);
    }
}
