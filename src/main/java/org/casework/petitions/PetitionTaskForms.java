package org.casework.petitions;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.base.BusinessRuleException;
import org.casework.petitions.process.PetitionProcess;
import org.casework.tasks.TaskForms;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Tells the generic inbox (工作台) that a petition task is worked on the petition page, which shows the
 * current step's form. Petition steps are not sent back; the process has no return paths.
 */
@Component
class PetitionTaskForms implements TaskForms {

    private final RuntimeService runtime;

    PetitionTaskForms(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(PetitionProcess.KEY);
    }

    @Override
    public String formRoute(TaskItem task) {
        Object id = runtime.getVariable(task.processInstanceId(), PetitionProcess.VAR_PETITION_ID);
        return "petitions/" + ((Number) id).longValue();
    }

    @Override
    public List<ReturnTarget> returnTargets(TaskItem task) {
        return List.of();
    }

    @Override
    public void onReturn(TaskItem task, ReturnTarget target, String reason) {
        throw new BusinessRuleException("信访事项的办理步骤不能退回：请在信访页面继续办理当前步骤");
    }
}
