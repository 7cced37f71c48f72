package org.casework.petitions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.petitions.PetitionProcessHooks;
import org.springframework.stereotype.Component;

/** The request windows closed or the re-examination is given: the petition is finished. */
@Component("finishPetition")
class FinishPetition implements JavaDelegate {

    private final PetitionProcessHooks hooks;

    FinishPetition(PetitionProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hooks.finish(PetitionProcess.petitionId(execution));
    }
}
