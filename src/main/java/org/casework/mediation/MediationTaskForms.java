package org.casework.mediation;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.base.BusinessRuleException;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.tasks.TaskForms;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Tells the generic inbox (工作台) that a mediation task is worked on the dispute page, where each open
 * step has its form. Mediation steps are not sent back: a step that went wrong is followed by the next
 * session or an extension, as the process models it.
 */
@Component
class MediationTaskForms implements TaskForms {

    private final RuntimeService runtime;

    MediationTaskForms(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(DisputeMediationProcess.PROCESS_ID);
    }

    @Override
    public String formRoute(TaskItem task) {
        Object id = runtime.getVariable(task.processInstanceId(), DisputeMediationProcess.VAR_DISPUTE_ID);
        return "mediation/disputes/" + ((Number) id).longValue();
    }

    @Override
    public List<ReturnTarget> returnTargets(TaskItem task) {
        return List.of();
    }

    @Override
    public void onReturn(TaskItem task, ReturnTarget target, String reason) {
        throw new BusinessRuleException("调解流程的步骤不能退回：请在纠纷页面继续办理当前步骤");
    }
}
