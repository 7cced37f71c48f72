package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.enforcement.EnforcementProcessHooks;
import org.springframework.stereotype.Component;

/** Records a warning of the 90-day clock (day 60, day 80, expired) on the case. */
@Component("recordClockWarning")
public class RecordClockWarningDelegate implements JavaDelegate {

    private final EnforcementProcessHooks hooks;

    public RecordClockWarningDelegate(EnforcementProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hooks.recordClockWarning((Long) execution.getVariable(GeneralPenaltyProcedure.VAR_CASE_ID),
                (String) execution.getVariable(GeneralPenaltyProcedure.VAR_WARNING));
    }
}
