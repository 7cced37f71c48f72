package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.OralAgreementForm;
import org.casework.mediation.MediationWorkflowService;

/** 记录口头协议 (人民调解法 第三十条): the mediator records what was agreed; it takes effect on agreement. */
class OralAgreementStep extends StepForm {

    OralAgreementStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DatePicker agreed = date("dispute.field.agreedOn", today());
        BigDecimalField amount = field(new BigDecimalField(t("dispute.field.amount")));
        TextArea content = wide(new TextArea(t("dispute.field.oralContent")));
        add(submit("dispute.action.recordOral", () -> workflow.recordOralAgreement(disputeId,
                new OralAgreementForm(agreed.getValue(), content.getValue(), amount.getValue()))));
    }
}
