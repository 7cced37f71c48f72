package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationWorkflowService;

/**
 * The form of one step of the mediation process: its fields (labels from the translation keys, the same
 * words the rules name), a submit button; a refused command marks the named fields and says why, a
 * completed one tells the detail screen to reload.
 */
abstract class StepForm extends VerticalLayout {

    protected final MediationWorkflowService workflow;
    protected final DisputeCase file;
    protected final long disputeId;
    protected final FormLayout form = new FormLayout();
    private final Runnable done;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    protected StepForm(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        this.workflow = workflow;
        this.file = file;
        this.disputeId = file.dispute().id();
        this.done = done;
        setPadding(false);
        addClassName("step-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form);
    }

    protected String t(String key) {
        return getTranslation(key);
    }

    /** Registers a field (by its label, as the rules name it) and adds it to the form. */
    protected <T extends com.vaadin.flow.component.Component & HasValidation> T field(T f) {
        fields.put(((HasLabel) f).getLabel(), f);
        form.add(f);
        return f;
    }

    /** A field across the whole width of the form. */
    protected <T extends com.vaadin.flow.component.Component & HasValidation> T wide(T f) {
        field(f);
        form.setColspan(f, 2);
        return f;
    }

    protected DatePicker date(String key, LocalDate value) {
        DatePicker picker = Formats.datePicker(t(key));
        picker.setValue(value);
        return field(picker);
    }

    /** The primary button of the step. */
    protected Button submit(String key, Runnable command) {
        Button b = new Button(t(key), e -> run(command));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId("step-submit");
        return b;
    }

    protected void run(Runnable command) {
        try {
            command.run();
            Notifier.success(t("dispute.step.done"));
            done.run();
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }

    protected LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }
}
