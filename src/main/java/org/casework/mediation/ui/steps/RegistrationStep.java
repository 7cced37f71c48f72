package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.RegistrationForm;
import org.casework.mediation.MediationWorkflowService;

/** 受理登记并告知权利义务: the 受理登记表 and the 告知书 are issued; the time limit starts. */
class RegistrationStep extends StepForm {

    RegistrationStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DatePicker accepted = date("dispute.field.acceptedOn", today());
        Checkbox notice = new Checkbox(t("dispute.field.rightsNoticeGiven"));
        notice.setId("rights-notice");
        form.add(notice);
        form.setColspan(notice, 2);
        add(new Paragraph(t("dispute.registration.hint")));
        add(submit("dispute.action.register", () -> workflow.register(disputeId, new RegistrationForm(accepted.getValue(), notice.getValue()))));
    }
}
