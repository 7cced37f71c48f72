package org.casework.petitions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.mediation.DisputeCategories;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeReferrals;
import org.casework.mediation.MediationKind;
import org.casework.org.OrgRef;
import org.casework.petitions.PetitionConversions;
import org.casework.petitions.PetitionDetail;

/** 转为调解案件: the clerk refers the petition to a mediation body in scope, as a dispute received by referral. */
class DisputeReferralDialog extends Dialog {

    private final ComboBox<OrgRef> body = new ComboBox<>();
    private final TextField disputeNo = new TextField();
    private final ComboBox<MediationKind> kind = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField parties = new TextField();
    private final TextArea facts = new TextArea();
    private final DatePicker accepted = Formats.datePicker("");

    DisputeReferralDialog(PetitionConversions conversions, DisputeReferrals referrals, PetitionDetail petition, LocalDate today,
                          Consumer<PetitionDetail> done) {
        setHeaderTitle(getTranslation("petition.convert.toDispute"));
        body.setLabel(getTranslation("petition.convert.dispute.body"));
        disputeNo.setLabel(getTranslation("petition.convert.dispute.no"));
        kind.setLabel(getTranslation("petition.convert.dispute.kind"));
        category.setLabel(getTranslation("petition.convert.dispute.category"));
        parties.setLabel(getTranslation("petition.convert.dispute.parties"));
        facts.setLabel(getTranslation("petition.convert.dispute.facts"));
        accepted.setLabel(getTranslation("petition.convert.dispute.accepted"));
        body.setItems(referrals.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        kind.setItems(MediationKind.values());
        kind.setItemLabelGenerator(MediationKind::label);
        kind.setValue(MediationKind.PEOPLE);
        category.setItems(DisputeCategories.ALL);
        parties.setHelperText(getTranslation("petition.convert.dispute.parties.helper"));
        parties.setValue(petition.petitionerName() == null ? "" : petition.petitionerName());
        facts.setValue(petition.content() != null ? petition.content() : petition.subject() == null ? "" : petition.subject());
        accepted.setValue(today);
        FormLayout form = new FormLayout(body, disputeNo, kind, category, parties, accepted, facts);
        form.setColspan(facts, 2);
        add(form);
        Map<String, HasValidation> fields = FormSupport.byLabel(body, disputeNo, kind, category, parties, facts, accepted);
        Button save = new Button(getTranslation("petition.convert.toDispute"), e -> {
            DisputeForm f = new DisputeForm(body.getValue() == null ? null : body.getValue().id(), disputeNo.getValue(), kind.getValue(),
                    null, category.getValue(), Arrays.stream(parties.getValue().split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList(),
                    facts.getValue(), accepted.getValue(), null, null, null, null, false, null, false, null);
            try {
                PetitionDetail after = conversions.toDispute(petition.id(), f);
                Notifier.success(getTranslation("petition.convert.done", disputeNo.getValue()));
                close();
                done.accept(after);
            } catch (BusinessRuleException ex) {
                FormSupport.showViolations(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("refer-dispute");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
