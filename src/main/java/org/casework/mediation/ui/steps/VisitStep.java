package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.VisitForm;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.Performance;

/** 回访当事人: performance of the agreement and satisfaction (人民调解法 第三十一条), with its 回访记录. */
class VisitStep extends StepForm {

    VisitStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        DatePicker visited = date("dispute.field.visitedOn", today());
        ComboBox<String> method = field(new ComboBox<>(t("dispute.field.visitMethod"), "电话回访", "上门回访", "当面回访"));
        method.setAllowCustomValue(true);
        method.addCustomValueSetListener(e -> method.setValue(e.getDetail()));
        method.setValue("电话回访");
        TextField persons = field(new TextField(t("dispute.field.visitedPersons")));
        persons.setValue(file.dispute().partiesText());
        ComboBox<Performance> performance = field(new ComboBox<>(t("dispute.field.performance"), Performance.values()));
        performance.setItemLabelGenerator(Performance::label);
        performance.setId("performance");
        ComboBox<String> satisfaction = field(new ComboBox<>(t("dispute.field.satisfaction"), "满意", "基本满意", "不满意"));
        satisfaction.setId("satisfaction");
        Checkbox risk = new Checkbox(t("dispute.field.visitRisk"));
        form.add(risk);
        TextField riskNote = field(new TextField(t("dispute.field.riskNote")));
        TextField notes = wide(new TextField(t("dispute.field.visitNotes")));
        add(submit("dispute.action.recordVisit", () -> workflow.recordVisit(disputeId, new VisitForm(visited.getValue(),
                method.getValue(), persons.getValue(), performance.getValue(), satisfaction.getValue(), risk.getValue(),
                riskNote.getValue(), notes.getValue()))));
    }
}
