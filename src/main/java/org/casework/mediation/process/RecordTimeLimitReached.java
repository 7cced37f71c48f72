package org.casework.mediation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.mediation.MediationWorkflowService;
import org.springframework.stereotype.Component;

/** The time limit ran out during the mediation: recorded on the dispute's timeline. */
@Component("recordTimeLimitReached")
public class RecordTimeLimitReached implements JavaDelegate {

    private final MediationWorkflowService service;

    public RecordTimeLimitReached(MediationWorkflowService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.timeLimitReached((Long) execution.getVariable(DisputeMediationProcess.VAR_DISPUTE_ID));
    }
}
