package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.enforcement.EnforcementProcessHooks;
import org.springframework.stereotype.Component;

/** An on-the-spot case above the simple-procedure limits becomes a general-procedure lead. */
@Component("convertToGeneralProcedure")
public class ConvertToGeneralProcedureDelegate implements JavaDelegate {

    private final EnforcementProcessHooks hooks;

    public ConvertToGeneralProcedureDelegate(EnforcementProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hooks.convertToGeneralProcedure((Long) execution.getVariable(SimplePenaltyProcedure.VAR_CASE_ID));
    }
}
