package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.ExtensionForm;
import org.casework.mediation.MediationWorkflowService;

/**
 * An extension of the time limit, only with both parties' consent: at the limit (征得双方同意延长期限或终止
 * 调解, with the choice to terminate instead) or earlier, while the mediation runs.
 */
public class ExtensionStep extends StepForm {

    public ExtensionStep(MediationWorkflowService workflow, DisputeCase file, boolean atLimit, Runnable done) {
        super(workflow, file, done);
        add(new Paragraph(getTranslation(atLimit ? "dispute.extension.atLimit" : "dispute.extension.hint",
                Formats.date(file.dispute().dueDate()))));
        DatePicker decided = date("dispute.field.decidedOn", today());
        IntegerField days = field(new IntegerField(t("dispute.field.extensionDays")));
        days.setMin(1);
        TextField consent = wide(new TextField(t("dispute.field.consentNote")));
        consent.setPlaceholder(t("dispute.extension.consentHint"));
        Button extend = submit("dispute.action.extend", () -> workflow.extend(disputeId,
                new ExtensionForm(decided.getValue(), days.getValue() == null ? 0 : days.getValue(), consent.getValue())));
        HorizontalLayout buttons = new HorizontalLayout(extend);
        if (atLimit) {
            Button decline = new Button(t("dispute.action.declineExtension"), e -> run(() -> workflow.declineExtension(disputeId)));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setId("decline-extension");
            buttons.add(decline);
        }
        add(buttons);
    }
}
