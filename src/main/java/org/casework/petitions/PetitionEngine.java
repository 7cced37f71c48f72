package org.casework.petitions;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.petitions.process.PetitionProcess;
import org.springframework.stereotype.Component;

/**
 * The petition workflow's calls into the process engine: start an instance for a petition, complete the
 * task of the stage it is at, deliver a message. Runs in the caller's transaction.
 */
@Component
class PetitionEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    PetitionEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    String start(Petition p) {
        String businessKey = EngineText.requireBmp("编号", "信访编号", p.petitionNo);
        return runtime.startProcessInstanceByKey(PetitionProcess.KEY, businessKey,
                Map.of(PetitionProcess.VAR_PETITION_ID, p.id)).getId();
    }

    /** Completes the user task of the petition's stage, as the given user. */
    void complete(Petition p, String username, Map<String, Object> answers) {
        String taskKey = PetitionProcess.TASKS.get(p.stage);
        Task task = taskKey == null || p.processInstanceId == null ? null : tasks.createTaskQuery()
                .processInstanceId(p.processInstanceId).taskDefinitionKey(taskKey).active().singleResult();
        if (task == null) {
            throw new BusinessRuleException("该信访事项没有待办的“" + (p.stage == null ? "办理" : p.stage.label()) + "”环节");
        }
        tasks.setAssignee(task.getId(), username);
        tasks.complete(task.getId(), answers);
    }

    void deliver(Petition p, String message) {
        runtime.createMessageCorrelation(message).processInstanceId(p.processInstanceId).correlate();
    }
}
