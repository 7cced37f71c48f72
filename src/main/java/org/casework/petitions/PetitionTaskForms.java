package org.casework.petitions;

import org.camunda.bpm.engine.RuntimeService;
import org.casework.petitions.process.PetitionProcess;
import org.casework.tasks.RecordPageTaskForms;
import org.springframework.stereotype.Component;

/**
 * Tells the generic inbox (工作台) that a petition task is worked on the petition page, which shows the
 * current step's form. Petition steps are not sent back; the process has no return paths.
 */
@Component
class PetitionTaskForms extends RecordPageTaskForms {

    PetitionTaskForms(RuntimeService runtime) {
        super(runtime, PetitionProcess.KEY, PetitionProcess.VAR_PETITION_ID, "petitions/",
                "信访事项的办理步骤不能退回：请在信访页面继续办理当前步骤");
    }
}
