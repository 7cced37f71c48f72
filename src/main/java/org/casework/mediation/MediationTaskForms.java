package org.casework.mediation;

import org.camunda.bpm.engine.RuntimeService;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.tasks.RecordPageTaskForms;
import org.springframework.stereotype.Component;

/**
 * Tells the generic inbox (工作台) that a mediation task is worked on the dispute page, where each open
 * step has its form. Mediation steps are not sent back: a step that went wrong is followed by the next
 * session or an extension, as the process models it.
 */
@Component
class MediationTaskForms extends RecordPageTaskForms {

    MediationTaskForms(RuntimeService runtime) {
        super(runtime, DisputeMediationProcess.PROCESS_ID, DisputeMediationProcess.VAR_DISPUTE_ID, "mediation/disputes/",
                "调解流程的步骤不能退回：请在纠纷页面继续办理当前步骤");
    }
}
