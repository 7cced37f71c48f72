package org.casework.petitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.party.PartyKind;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionChannelService;
import org.casework.petitions.PetitionDeadline;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionRegistration;
import org.casework.petitions.PetitionService;
import org.casework.petitions.PetitionWorkflowService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;

/** 登记信访投诉: a clerk registers a petition by channel; its workflow starts at routing. */
@Route("petitions/register")
@PageTitle("登记信访投诉 · casework")
@RolesAllowed(Role.PETITION_CLERK_)
public class PetitionRegistrationView extends VerticalLayout {

    private final PetitionWorkflowService workflow;
    private final ComboBox<OrgRef> org = new ComboBox<>();
    private final TextField petitionNo = new TextField();
    private final ComboBox<ChannelRef> channel = new ComboBox<>();
    private final ComboBox<PartyKind> petitionerKind = new ComboBox<>();
    private final TextField petitioner = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField subject = new TextField();
    private final TextArea content = new TextArea();
    private final DatePicker registered = Formats.datePicker("");
    private final Map<String, HasValidation> fields;

    public PetitionRegistrationView(PetitionWorkflowService workflow, PetitionService petitions, PetitionChannelService channels,
                                    CurrentUser current, Clock clock) {
        this.workflow = workflow;
        addClassName("view-content");
        label(org, "petition.field.org");
        label(petitionNo, "petition.field.no");
        label(channel, "petition.field.channel");
        label(petitionerKind, "petition.field.petitionerKind");
        label(petitioner, "petition.field.petitioner");
        label(idNumber, "petition.field.idNumber");
        label(subject, "petition.field.subject");
        label(content, "petition.field.content");
        registered.setLabel(getTranslation("petition.field.registered"));
        org.setItems(petitions.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        long own = current.get().orgId();
        org.getListDataView().getItems().filter(o -> o.id() == own).findFirst().ifPresent(org::setValue);
        channel.setItems(channels.list(false));
        channel.setItemLabelGenerator(ChannelRef::label);
        petitionerKind.setItems(PartyKind.values());
        petitionerKind.setItemLabelGenerator(PartyKind::label);
        petitionerKind.setValue(PartyKind.PERSON);
        petitioner.setHelperText(getTranslation("petition.field.petitioner.helper"));
        registered.setValue(LocalDate.now(clock));
        registered.addValueChangeListener(e -> hint());
        hint();
        fields = FormSupport.byLabel(org, petitionNo, channel, petitioner, idNumber, subject, content, registered);
        FormLayout form = new FormLayout(org, petitionNo, channel, registered, petitionerKind, petitioner, idNumber, subject, content);
        form.setColspan(content, 2);
        form.setColspan(subject, 2);
        Button save = new Button(getTranslation("petition.register.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register");
        Button back = new Button(getTranslation("petition.view.back"), e -> getUI().ifPresent(ui -> ui.navigate(PetitionListView.class)));
        add(new H2(getTranslation("petition.register.title")), new Paragraph(getTranslation("petition.register.intro")), form,
                new HorizontalLayout(save, back));
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }

    private void hint() {
        LocalDate day = registered.getValue();
        registered.setHelperText(day == null ? "" : getTranslation("petition.register.deadlines",
                Formats.date(workflow.endOf(day, PetitionDeadline.ACKNOWLEDGEMENT)), Formats.date(workflow.endOf(day, PetitionDeadline.CLOSING))));
    }

    private void save() {
        PetitionRegistration r = new PetitionRegistration(org.getValue() == null ? null : org.getValue().id(), petitionNo.getValue(),
                channel.getValue() == null ? null : channel.getValue().code(), petitionerKind.getValue(), petitioner.getValue(),
                idNumber.getValue(), subject.getValue(), content.getValue(), registered.getValue());
        try {
            FormSupport.clear(fields);
            PetitionDetail saved = workflow.register(r);
            Notifier.success(getTranslation("petition.register.saved", saved.petitionNo()));
            getUI().ifPresent(ui -> ui.navigate(PetitionView.class, new RouteParameters("id", String.valueOf(saved.id()))));
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
