package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.ConfirmationApplicationForm;
import org.casework.mediation.MediationWorkflowService;

/** 登记司法确认申请: the parties apply jointly within 30 days of the agreement (人民调解法 第三十三条). */
class ConfirmationApplicationStep extends StepForm {

    ConfirmationApplicationStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        add(new Paragraph(getTranslation("dispute.confirmation.hint", Formats.date(file.procedure().confirmationDueDate()))));
        RadioButtonGroup<Boolean> applied = new RadioButtonGroup<>(t("dispute.field.confirmationApplied"));
        applied.setItems(true, false);
        applied.setItemLabelGenerator(a -> t(a ? "dispute.confirmation.applied" : "dispute.confirmation.notApplied"));
        applied.setValue(true);
        applied.setId("confirmation-applied");
        form.add(applied);
        form.setColspan(applied, 2);
        DatePicker on = date("dispute.field.appliedOn", today());
        TextField court = field(new TextField(t("dispute.field.court")));
        court.setId("court");
        applied.addValueChangeListener(e -> {
            on.setVisible(e.getValue());
            court.setVisible(e.getValue());
        });
        add(submit("dispute.action.confirm", () -> workflow.recordConfirmationApplication(disputeId,
                new ConfirmationApplicationForm(applied.getValue(), on.getValue(), court.getValue()))));
    }
}
