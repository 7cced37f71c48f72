package org.casework.enforcement.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.casework.enforcement.process.SimplePenaltyProcedure.*;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.casework.base.BusinessRuleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The on-the-spot procedure: within the limits decided and filed; above them handed to the general procedure. */
@Deployment(resources = SimplePenaltyProcedure.RESOURCE)
class SimplePenaltyProcedureTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

    static final long CASE = 7L;
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
        return runtimeService().startProcessInstanceByKey(KEY, "东街简〔2025〕第1号", Map.of(VAR_CASE_ID, CASE));
    }

    @Test
    void withinTheLimitsAFineCollectedOnTheSpotIsHandedOverAndFiled() {
        ProcessInstance pi = start();
        verify(beans.hooks).checkSimpleProcedureLimits(CASE);
        assertThat(pi).isWaitingAt(TASK_DECIDE_ON_THE_SPOT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_HAND_OVER_FINE, TASK_FILE_WITH_AGENCY);
        complete(task(TASK_HAND_OVER_FINE, pi));
        complete(task(TASK_FILE_WITH_AGENCY, pi));
        assertThat(pi).isEnded().hasPassed(END_CASE_FILED);
    }

    @Test
    void withinTheLimitsAFineToPayLaterIsCollected() {
        when(beans.facts.simplePayment(anyLong())).thenReturn("TO_PAY");
        ProcessInstance pi = start();
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_COLLECT_PAYMENT, TASK_FILE_WITH_AGENCY);
    }

    @Test
    void aWarningHasNothingToPay() {
        when(beans.facts.simplePayment(anyLong())).thenReturn("NONE");
        ProcessInstance pi = start();
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_FILE_WITH_AGENCY);
        complete(task(pi));
        assertThat(pi).isEnded();
    }

    @Test
    void aboveTheLimitsTheCaseGoesToTheGeneralProcedure() {
        doThrow(new BusinessRuleException("罚款金额", "超过当场处罚限额")).when(beans.hooks).checkSimpleProcedureLimits(CASE);
        ProcessInstance pi = start();
        verify(beans.hooks).convertToGeneralProcedure(CASE);
        assertThat(pi).isEnded().hasPassed(END_GENERAL_PROCEDURE_REQUIRED).hasNotPassed(TASK_DECIDE_ON_THE_SPOT);
    }

    @Test
    void withinTheLimitsNothingIsConverted() {
        start();
        verify(beans.hooks, never()).convertToGeneralProcedure(anyLong());
    }
}
