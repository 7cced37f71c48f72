package org.casework.petitions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.petitions.PetitionProcessHooks;
import org.springframework.stereotype.Component;

/** The closing period ran out before the reply: overdue, and flagged as backlog (积案). */
@Component("flagPetitionBacklog")
class FlagPetitionBacklog implements JavaDelegate {

    private final PetitionProcessHooks hooks;

    FlagPetitionBacklog(PetitionProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hooks.closingOverdue(PetitionProcess.petitionId(execution));
    }
}
