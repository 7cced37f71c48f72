package org.casework.petitions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.casework.petitions.PetitionProcessHooks;
import org.springframework.stereotype.Component;

/** On entering a wait state, writes the petition's stage ({@link PetitionProcess#STAGES}) to our table. */
@Component("petitionStageListener")
class PetitionStageListener implements ExecutionListener {

    private final PetitionProcessHooks hooks;

    PetitionStageListener(PetitionProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        hooks.enterStage(PetitionProcess.petitionId(execution), PetitionProcess.STAGES.get(execution.getCurrentActivityId()));
    }
}
