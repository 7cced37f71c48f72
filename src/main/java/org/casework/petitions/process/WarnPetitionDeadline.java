package org.casework.petitions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.petitions.PetitionDeadline;
import org.casework.petitions.PetitionProcessHooks;
import org.springframework.stereotype.Component;

/** A deadline timer fired: puts "due soon" or "overdue" on the petition's timeline (inputs {@code deadline}, {@code overdue}). */
@Component("warnPetitionDeadline")
class WarnPetitionDeadline implements JavaDelegate {

    private final PetitionProcessHooks hooks;

    WarnPetitionDeadline(PetitionProcessHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PetitionDeadline deadline = PetitionDeadline.valueOf((String) execution.getVariableLocal("deadline"));
        hooks.deadlineReached(PetitionProcess.petitionId(execution), deadline, Boolean.TRUE.equals(execution.getVariableLocal("overdue")));
    }
}
