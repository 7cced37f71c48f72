package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.enforcement.EnforcementProcessHooks;
import org.springframework.stereotype.Component;

/** Preserved evidence not decided on within 7 working days: the preservation lapses. */
@Component("lapsePreservation")
public class LapsePreservationDelegate implements JavaDelegate {

    private final EnforcementProcessHooks hooks;

    public LapsePreservationDelegate(EnforcementProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hooks.lapsePreservation((Long) execution.getVariable(GeneralPenaltyProcedure.VAR_PRESERVATION_ID));
    }
}
