package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casework.enforcement.CaseFacts;

/**
 * The case a process runs for, as the models' expressions ask it ({@code ${enforcementRoutes.caseFiled(execution)}}):
 * the case whose file the step moving the process has open, or else the {@code caseId} variable of the
 * process instance (a timer firing, a called process, which has its own copy). Looking the variable up
 * by name from a task or an inner scope would first read each scope's own variables, one query each.
 */
final class ProcessCase {

    private ProcessCase() {
    }

    static Long idOf(DelegateExecution execution, CaseFacts facts) {
        Long open = facts.openCaseOf(execution.getProcessInstanceId());
        if (open != null) {
            return open;
        }
        Object id = execution.getProcessInstance().getVariable(GeneralPenaltyProcedure.VAR_CASE_ID);
        return id == null ? null : ((Number) id).longValue();
    }
}
