package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.AssignmentForm;
import org.casework.mediation.MediationForms.Recusal;
import org.casework.mediation.MediationKind;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.MediatorSelection;
import org.casework.staff.MediatorDetail;

/** 指派调解员: from the body's roster, chosen by the committee or the parties (第十九条); recusals with reasons. */
class AssignmentStep extends StepForm {

    AssignmentStep(MediationWorkflowService workflow, DisputeCase file, List<MediatorDetail> roster, Runnable done) {
        super(workflow, file, done);
        RadioButtonGroup<MediatorSelection> selection = new RadioButtonGroup<>(t("dispute.field.selection"));
        selection.setItems(MediatorSelection.values());
        selection.setItemLabelGenerator(MediatorSelection::label);
        selection.setValue(MediatorSelection.ASSIGNED);
        form.add(selection);
        form.setColspan(selection, 2);
        Set<Long> active = file.mediators().stream().filter(DisputeCase.Mediator::active).map(DisputeCase.Mediator::mediatorId)
                .collect(Collectors.toSet());
        CheckboxGroup<MediatorDetail> mediators = new CheckboxGroup<>(t("dispute.field.mediators"));
        mediators.setId("mediators");
        mediators.setItems(roster.stream().filter(m -> !active.contains(m.id())).toList());
        mediators.setItemLabelGenerator(m -> m.name() + (m.fullTime() ? "（专职）" : ""));
        wide(mediators);
        List<Recusal> recusals = new ArrayList<>();
        List<Runnable> collect = new ArrayList<>();
        if (!active.isEmpty()) {
            add(new H5(t("dispute.assignment.current")));
            for (DisputeCase.Mediator m : file.mediators().stream().filter(DisputeCase.Mediator::active).toList()) {
                TextField reason = new TextField(m.name() + " " + t("dispute.field.recusalReason"));
                reason.setPlaceholder(t("dispute.assignment.recusalHint"));
                collect.add(() -> {
                    if (!reason.getValue().isBlank()) {
                        recusals.add(new Recusal(m.mediatorId(), reason.getValue()));
                    }
                });
                add(new HorizontalLayout(reason));
            }
        }
        TextArea plan = wide(new TextArea(t("dispute.field.plan")));
        if (file.dispute().kind() == MediationKind.CENTRE) {
            plan.setHelperText(t("dispute.assignment.planRequired"));
        }
        add(submit("dispute.action.assign", () -> {
            recusals.clear();
            collect.forEach(Runnable::run);
            workflow.assignMediators(disputeId, new AssignmentForm(selection.getValue(),
                    mediators.getSelectedItems().stream().map(MediatorDetail::id).toList(), recusals, plan.getValue()));
        }));
    }
}
