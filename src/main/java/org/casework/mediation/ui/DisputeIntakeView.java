package org.casework.mediation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.mediation.DisputeCaseService;
import org.casework.mediation.DisputeCategories;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationForms.IntakeForm;
import org.casework.mediation.MediationKind;
import org.casework.mediation.MediationWorkflowService;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/** 受理纠纷 (intake): a mediator logs a dispute as it comes in; its mediation process starts. */
@Route("mediation/disputes/intake")
@PageTitle("受理纠纷 · casework")
@RolesAllowed(Role.MEDIATOR_)
public class DisputeIntakeView extends VerticalLayout {

    private final MediationWorkflowService workflow;
    private final ComboBox<OrgRef> body = new ComboBox<>();
    private final ComboBox<MediationKind> kind = new ComboBox<>();
    private final ComboBox<IntakeSource> source = new ComboBox<>();
    private final TextField referredBy = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final PartiesEditor parties;
    private final TextArea request = new TextArea();
    private final TextArea facts = new TextArea();
    private final DateTimePicker receivedAt = new DateTimePicker();
    private final TextField disputeNo = new TextField();

    public DisputeIntakeView(MediationWorkflowService workflow, DisputeCaseService cases, Clock clock) {
        this.workflow = workflow;
        addClassName("view-content");
        body.setLabel(getTranslation("dispute.field.body"));
        body.setItems(cases.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        body.setId("body");
        body.addValueChangeListener(e -> kind.setValue(kindOf(e.getValue())));
        kind.setLabel(getTranslation("dispute.field.kind"));
        kind.setItems(MediationKind.values());
        kind.setItemLabelGenerator(MediationKind::label);
        source.setLabel(getTranslation("dispute.field.source"));
        source.setItems(IntakeSource.values());
        source.setItemLabelGenerator(IntakeSource::label);
        source.setValue(IntakeSource.APPLIED);
        referredBy.setLabel(getTranslation("dispute.field.referredBy"));
        referredBy.setVisible(false);
        source.addValueChangeListener(e -> referredBy.setVisible(e.getValue() == IntakeSource.REFERRED));
        category.setLabel(getTranslation("dispute.field.category"));
        category.setItems(DisputeCategories.ALL);
        category.setId("category");
        parties = new PartiesEditor(getTranslation("dispute.field.parties"));
        request.setLabel(getTranslation("dispute.field.request"));
        request.setId("request");
        facts.setLabel(getTranslation("dispute.field.facts"));
        facts.setId("facts");
        receivedAt.setLabel(getTranslation("dispute.field.receivedAt"));
        receivedAt.setDatePickerI18n(Formats.chineseDatePicker());
        receivedAt.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        receivedAt.setValue(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        disputeNo.setLabel(getTranslation("dispute.field.disputeNo"));
        disputeNo.setHelperText(getTranslation("dispute.intake.numberHint"));
        if (body.getListDataView().getItemCount() == 1) {
            body.setValue(body.getListDataView().getItem(0));
        }

        FormLayout form = new FormLayout(body, kind, source, referredBy, category, receivedAt, disputeNo, parties, request, facts);
        form.setColspan(parties, 2);
        form.setColspan(request, 2);
        form.setColspan(facts, 2);
        Map<String, HasValidation> fields = FormSupport.byLabel(body, kind, source, referredBy, category, parties, request, facts,
                receivedAt, disputeNo);
        Button save = new Button(getTranslation("dispute.action.receive"), e -> save(fields));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-intake");
        Button back = new Button(getTranslation("dispute.action.back"), e -> getUI().ifPresent(ui -> ui.navigate(DisputeListView.class)));
        add(new H2(getTranslation("dispute.intake.title")), form, new HorizontalLayout(save, back));
    }

    private static MediationKind kindOf(OrgRef body) {
        if (body == null || body.mediationBodyType() == null) {
            return MediationKind.PEOPLE;
        }
        return body.mediationBodyType() == MediationBodyType.CENTRE ? MediationKind.CENTRE
                : body.mediationBodyType() == MediationBodyType.ADMINISTRATIVE ? MediationKind.ADMINISTRATIVE : MediationKind.PEOPLE;
    }

    private void save(Map<String, HasValidation> fields) {
        try {
            long id = workflow.receive(new IntakeForm(body.getValue() == null ? null : body.getValue().id(), kind.getValue(),
                    source.getValue(), referredBy.getValue(), category.getValue(), parties.entries(), request.getValue(),
                    facts.getValue(), receivedAt.getValue(), disputeNo.getValue(), null));
            Notifier.success(getTranslation("dispute.intake.done"));
            getUI().ifPresent(ui -> ui.navigate(DisputeView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
