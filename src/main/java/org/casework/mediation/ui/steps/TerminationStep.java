package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.TerminationForm;
import org.casework.mediation.MediationWorkflowService;

/** 终止调解并告知其他途径 (人民调解法 第二十六条). */
class TerminationStep extends StepForm {

    TerminationStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DatePicker ended = date("dispute.field.terminatedOn", today());
        TextArea reason = wide(new TextArea(t("dispute.field.terminationReason")));
        TextArea routes = wide(new TextArea(t("dispute.field.otherRoutes")));
        routes.setValue(t("dispute.termination.defaultRoutes"));
        add(submit("dispute.action.terminate", () -> workflow.terminate(disputeId,
                new TerminationForm(ended.getValue(), reason.getValue(), routes.getValue()))));
    }
}
