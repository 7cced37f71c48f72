package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casework.enforcement.CaseFacts;
import org.casework.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who a task is offered to, for the BPMN models: {@code ${enforcementTasks.group(execution, 'HEAD')}} and
 * {@code ${enforcementTasks.handler(execution)}}.
 */
@Component("enforcementTasks")
public class EnforcementTasks {

    private final CaseFacts facts;

    public EnforcementTasks(CaseFacts facts) {
        this.facts = facts;
    }

    public String group(DelegateExecution execution, String role) {
        return facts.groupFor(ProcessCase.idOf(execution, facts), Role.valueOf(role));
    }

    public String handler(DelegateExecution execution) {
        return facts.handlerUsername(ProcessCase.idOf(execution, facts));
    }
}
