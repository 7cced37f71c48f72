package org.casework.petitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionWorkflowService;
import org.casework.petitions.Rating;

/**
 * The form of the step a petition is at (转送, 告知, 办结 or 延期, 审批延期, 评价, 复查, 复核), for a user who acts
 * there. Each button calls one workflow command; the page is shown again with what it returns.
 */
class PetitionStepForm extends VerticalLayout {

    private final PetitionWorkflowService workflow;
    private final PetitionDetail d;
    private final Consumer<PetitionDetail> done;
    private final LocalDate today;

    PetitionStepForm(PetitionWorkflowService workflow, PetitionDetail d, LocalDate today, Consumer<PetitionDetail> done) {
        this.workflow = workflow;
        this.d = d;
        this.today = today;
        this.done = done;
        setId("step-form");
        setPadding(false);
        switch (d.progress().stage()) {
            case ROUTING -> route();
            case ACKNOWLEDGEMENT -> acknowledge();
            case HANDLING -> handle();
            case EXTENSION_APPROVAL -> approve();
            case RATING -> {
                rate();
                requestReview();
            }
            case REVIEW_WINDOW -> requestReview();
            case REVIEW -> review();
            case REEXAMINATION_WINDOW -> requestReexamination();
            case REEXAMINATION -> reexamine();
            case FINISHED -> { }
        }
    }

    private void route() {
        ComboBox<OrgRef> unit = new ComboBox<>(getTranslation("petition.field.org"));
        unit.setItems(workflow.routingChoices(d));
        unit.setItemLabelGenerator(OrgRef::label);
        unit.getListDataView().getItems().filter(o -> o.id() == d.orgId()).findFirst().ifPresent(unit::setValue);
        DatePicker date = date("petition.step.route.date");
        TextArea note = text("petition.step.note");
        section("petition.step.route", unit, date, note);
        action("petition.step.route", "route", () -> workflow.route(d.id(), unit.getValue() == null ? null : unit.getValue().id(),
                date.getValue(), note.getValue()), unit, date, note);
    }

    private void acknowledge() {
        DatePicker date = date("petition.step.acknowledge.date");
        TextArea note = text("petition.step.note");
        section("petition.step.acknowledge", date, note);
        action("petition.step.acknowledge", "acknowledge", () -> workflow.acknowledge(d.id(), date.getValue(), note.getValue()), date, note);
    }

    private void handle() {
        DatePicker date = date("petition.step.close.date");
        TextArea reply = text("petition.step.close.reply");
        Checkbox resolved = new Checkbox(getTranslation("petition.step.resolved"), true);
        section("petition.step.close", date, resolved, reply);
        action("petition.step.close", "close", () -> workflow.close(d.id(), date.getValue(), reply.getValue(), resolved.getValue()),
                date, reply);
        if (!d.extended()) {
            TextArea reason = text("petition.step.extend.reason");
            section("petition.step.extend", reason);
            action("petition.step.extend", "extend", () -> workflow.requestExtension(d.id(), reason.getValue()), reason);
        }
    }

    private void approve() {
        add(new Paragraph(getTranslation("petition.view.extensionReason") + "：" + d.progress().extensionReason()));
        TextArea note = text("petition.step.approve.note");
        section("petition.step.approve", note);
        action("petition.step.approve", "approve", () -> workflow.decideExtension(d.id(), true, note.getValue()), note);
        Button refuse = action("petition.step.refuse", "refuse", () -> workflow.decideExtension(d.id(), false, note.getValue()), note);
        refuse.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private void rate() {
        ComboBox<Rating> rating = new ComboBox<>(getTranslation("petition.step.rate.rating"));
        rating.setItems(Rating.SATISFIED, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED);
        rating.setItemLabelGenerator(Rating::label);
        DatePicker date = date("petition.step.rate.date");
        section("petition.step.rate", rating, date);
        action("petition.step.rate", "rate", () -> workflow.rate(d.id(), rating.getValue(), date.getValue()), rating, date);
    }

    private void requestReview() {
        DatePicker date = date("petition.step.request.date");
        TextArea note = text("petition.step.note");
        section("petition.step.requestReview", date, note);
        action("petition.step.requestReview", "request-review", () -> workflow.requestReview(d.id(), date.getValue(), note.getValue()),
                date, note);
    }

    private void review() {
        DatePicker date = date("petition.step.review.date");
        TextArea opinion = text("petition.step.review.opinion");
        Checkbox resolved = new Checkbox(getTranslation("petition.step.resolved"));
        section("petition.step.review", date, resolved, opinion);
        action("petition.step.review", "review", () -> workflow.concludeReview(d.id(), date.getValue(), opinion.getValue(),
                resolved.getValue()), date, opinion);
    }

    private void requestReexamination() {
        DatePicker date = date("petition.step.request.date");
        TextArea note = text("petition.step.note");
        section("petition.step.requestReexamination", date, note);
        action("petition.step.requestReexamination", "request-reexamination",
                () -> workflow.requestReexamination(d.id(), date.getValue(), note.getValue()), date, note);
    }

    private void reexamine() {
        DatePicker date = date("petition.step.reexamine.date");
        TextArea opinion = text("petition.step.reexamine.opinion");
        Checkbox resolved = new Checkbox(getTranslation("petition.step.resolved"));
        section("petition.step.reexamine", date, resolved, opinion);
        action("petition.step.reexamine", "reexamine", () -> workflow.concludeReexamination(d.id(), date.getValue(),
                opinion.getValue(), resolved.getValue()), date, opinion);
    }

    private DatePicker date(String key) {
        DatePicker date = Formats.datePicker(getTranslation(key));
        date.setValue(today);
        return date;
    }

    private TextArea text(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setWidthFull();
        return area;
    }

    private void section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        for (Component f : fields) {
            if (f instanceof TextArea) {
                form.setColspan(f, 2);
            }
        }
        add(new H3(getTranslation(titleKey)), form);
    }

    private Button action(String key, String id, Supplier<PetitionDetail> command, HasValidation... fields) {
        Map<String, HasValidation> byLabel = FormSupport.byLabel(fields);
        Button button = new Button(getTranslation(key), e -> {
            try {
                FormSupport.clear(byLabel);
                PetitionDetail after = command.get();
                Notifier.success(getTranslation("petition.step.saved", getTranslation(key)));
                done.accept(after);
            } catch (BusinessRuleException ex) {
                FormSupport.showViolations(ex, byLabel);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("step-" + id);
        add(button);
        return button;
    }
}
