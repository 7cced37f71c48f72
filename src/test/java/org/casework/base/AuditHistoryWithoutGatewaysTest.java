package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The engine's audit history, without rows for the gateways a token passes; everything else as before. */
@SpringBootTest
@ActiveProfiles("test")
class AuditHistoryWithoutGatewaysTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theConfiguredAuditLevelIsOursWithTheSameNameAndId() {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(cfg.getHistoryLevel()).isSameAs(AuditHistoryWithoutGateways.LEVEL);
        assertThat(cfg.getHistoryLevel().getName()).isEqualTo("audit");
        assertThat(cfg.getHistoryLevel().getId()).as("a database made with the plain audit level starts unchanged").isEqualTo(2);
    }

    @Test
    void tasksEventsAndVariablesAreRecordedGatewaysAreNot() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("historyProbe").camundaHistoryTimeToLive(30)
                .startEvent("start")
                .exclusiveGateway("choose")
                .condition("yes", "${go}").parallelGateway("fork")
                .userTask("left").parallelGateway("join")
                .moveToNode("fork").userTask("right").connectTo("join")
                .endEvent("end")
                .moveToNode("choose").condition("no", "${!go}").endEvent("skipped")
                .done();
        deployment = repository.createDeployment().addModelInstance("historyProbe.bpmn", model).deploy();

        String pi = runtime.startProcessInstanceByKey("historyProbe", Map.of("go", true)).getId();
        tasks.createTaskQuery().processInstanceId(pi).list().forEach(t -> tasks.complete(t.getId()));

        List<String> recorded = history.createHistoricActivityInstanceQuery().processInstanceId(pi).orderByActivityId().asc()
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
        assertThat(recorded).containsExactly("end", "left", "right", "start");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).finished().count())
                .as("every recorded activity ended").isEqualTo(4);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getEndTime()).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi).count()).isEqualTo(2);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("go").count())
                .as("variables as in the audit level").isOne();
    }
}
