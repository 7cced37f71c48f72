package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.EnforcementProcessHooks;
import org.springframework.stereotype.Component;

/** Whether the on-the-spot case may be decided on the spot; above the limits the model takes the general procedure. */
@Component("checkSimpleProcedureLimits")
public class CheckSimpleProcedureLimitsDelegate implements JavaDelegate {

    private final EnforcementProcessHooks hooks;

    public CheckSimpleProcedureLimitsDelegate(EnforcementProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            hooks.checkSimpleProcedureLimits((Long) execution.getVariable(SimplePenaltyProcedure.VAR_CASE_ID));
        } catch (BusinessRuleException e) {
            throw new BpmnError(SimplePenaltyProcedure.ERROR_ABOVE_SIMPLE_LIMITS, e.getMessage());
        }
    }
}
