package org.casework.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A changed decision's publication is withdrawn by the handling officer, due in 3 working days. */
@Deployment(resources = PublicationWithdrawal.RESOURCE)
class PublicationWithdrawalTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

    @BeforeEach
    void setUp() {
        new ProcessTestBeans(engine.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        ProcessTestBeans.reset();
    }

    @Test
    void withdrawalIsOneTaskWithItsDueDate() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PublicationWithdrawal.KEY, "K",
                Map.of(PublicationWithdrawal.VAR_CASE_ID, 1L));
        assertThat(pi).isWaitingAt(PublicationWithdrawal.TASK_WITHDRAW_PUBLICATION);
        assertThat(task(pi).getDueDate()).isEqualTo(GeneralPenaltyProcedureTest.endOfDay(10));
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(PublicationWithdrawal.END_PUBLICATION_WITHDRAWN);
    }
}
