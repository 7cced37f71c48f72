package org.casework.mediation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.mediation.MediationWorkflowService;
import org.springframework.stereotype.Component;

/** The 30 days for judicial confirmation ran out without an application: recorded on the dispute. */
@Component("recordConfirmationNotApplied")
public class RecordConfirmationNotApplied implements JavaDelegate {

    private final MediationWorkflowService service;

    public RecordConfirmationNotApplied(MediationWorkflowService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.confirmationNotApplied((Long) execution.getVariable(DisputeMediationProcess.VAR_DISPUTE_ID));
    }
}
