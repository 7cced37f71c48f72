package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.RiskReportForm;
import org.casework.mediation.MediationWorkflowService;

/** 向公安机关报告风险 (人民调解法 第二十五条): the dispute is flagged with the persons involved. */
class RiskReportStep extends StepForm {

    RiskReportStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        add(new Paragraph(t("dispute.risk.hint")));
        DatePicker reported = date("dispute.field.reportedOn", today());
        TextField to = field(new TextField(t("dispute.field.reportedTo")));
        IntegerField persons = field(new IntegerField(t("dispute.field.personsInvolved")));
        persons.setMin(1);
        TextArea note = wide(new TextArea(t("dispute.field.riskNote")));
        Checkbox escalated = new Checkbox(t("dispute.field.escalated"));
        form.add(escalated);
        form.setColspan(escalated, 2);
        add(submit("dispute.action.report", () -> workflow.reportRisk(disputeId, new RiskReportForm(reported.getValue(),
                to.getValue(), persons.getValue(), note.getValue(), escalated.getValue()))));
    }
}
