package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.casework.mediation.ConfirmationResult;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.CourtDecisionForm;
import org.casework.mediation.MediationWorkflowService;

/** 记录法院确认结果: the court confirms the agreement or rejects the application. */
class CourtDecisionStep extends StepForm {

    CourtDecisionStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        RadioButtonGroup<ConfirmationResult> result = new RadioButtonGroup<>(t("dispute.field.courtResult"));
        result.setItems(ConfirmationResult.CONFIRMED, ConfirmationResult.REJECTED);
        result.setItemLabelGenerator(ConfirmationResult::label);
        result.setId("court-result");
        form.add(result);
        DatePicker decided = date("dispute.field.decidedOnCourt", today());
        add(submit("dispute.action.confirm", () -> workflow.recordCourtDecision(disputeId,
                new CourtDecisionForm(result.getValue(), decided.getValue()))));
    }
}
