package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.SessionForm;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.SessionResult;

/** 调解并制作笔录: one session, its record (调解笔录), the risk check and where it leaves the dispute. */
class SessionStep extends StepForm {

    SessionStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DateTimePicker heldAt = field(new DateTimePicker(t("dispute.field.heldAt")));
        heldAt.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        heldAt.setDatePickerI18n(Formats.chineseDatePicker());
        heldAt.setValue(LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.MINUTES));
        TextField place = field(new TextField(t("dispute.field.place")));
        place.setId("place");
        TextField others = field(new TextField(t("dispute.field.othersPresent")));
        TextArea record = wide(new TextArea(t("dispute.field.record")));
        record.setId("record");
        record.setHelperText(t("dispute.session.recordHint"));
        record.setMinHeight("8em");
        TextField result = wide(new TextField(t("dispute.field.result")));
        result.setId("result");
        RadioButtonGroup<SessionResult> next = new RadioButtonGroup<>(t("dispute.field.next"));
        next.setItems(SessionResult.values());
        next.setItemLabelGenerator(SessionResult::label);
        next.setId("next");
        form.add(next);
        form.setColspan(next, 2);
        Checkbox risk = new Checkbox(t("dispute.field.riskFound"));
        risk.setId("risk-found");
        form.add(risk);
        form.setColspan(risk, 2);
        add(submit("dispute.action.saveRecord", () -> workflow.recordSession(disputeId, new SessionForm(heldAt.getValue(),
                place.getValue(), others.getValue(), record.getValue(), result.getValue(), next.getValue(), risk.getValue()))));
    }
}
