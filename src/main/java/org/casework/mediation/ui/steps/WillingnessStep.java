package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.WillingnessForm;
import org.casework.mediation.MediationWorkflowService;

/** 确认当事人是否接受调解: a clear refusal by one party ends it (人民调解法 第十七条). */
class WillingnessStep extends StepForm {

    WillingnessStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DatePicker asked = date("dispute.field.askedOn", today());
        RadioButtonGroup<Boolean> attitude = new RadioButtonGroup<>(t("dispute.field.attitude"));
        attitude.setItems(true, false);
        attitude.setItemLabelGenerator(all -> t(all ? "dispute.attitude.allAccept" : "dispute.attitude.refused"));
        attitude.setValue(true);
        attitude.setId("attitude");
        form.add(attitude);
        form.setColspan(attitude, 2);
        ComboBox<String> refusing = field(new ComboBox<>(t("dispute.field.refusingParty"), file.dispute().parties()));
        TextField reason = field(new TextField(t("dispute.field.refusalReason")));
        refusing.setVisible(false);
        reason.setVisible(false);
        attitude.addValueChangeListener(e -> {
            refusing.setVisible(Boolean.FALSE.equals(e.getValue()));
            reason.setVisible(Boolean.FALSE.equals(e.getValue()));
        });
        add(submit("dispute.action.confirm", () -> workflow.checkWillingness(disputeId,
                new WillingnessForm(asked.getValue(), !Boolean.FALSE.equals(attitude.getValue()), refusing.getValue(), reason.getValue()))));
    }
}
