package org.casework.enforcement.process;

import org.casework.enforcement.CaseFacts;
import org.casework.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who a task is offered to, for the BPMN models: {@code ${enforcementTasks.group(caseId, 'HEAD')}} and
 * {@code ${enforcementTasks.handler(caseId)}}.
 */
@Component("enforcementTasks")
public class EnforcementTasks {

    private final CaseFacts facts;

    public EnforcementTasks(CaseFacts facts) {
        this.facts = facts;
    }

    public String group(Long caseId, String role) {
        return facts.groupFor(caseId, Role.valueOf(role));
    }

    public String handler(Long caseId) {
        return facts.handlerUsername(caseId);
    }
}
