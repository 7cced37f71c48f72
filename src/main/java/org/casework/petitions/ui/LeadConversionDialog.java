package org.casework.petitions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.petitions.LeadConversion;
import org.casework.petitions.PetitionConversions;
import org.casework.petitions.PetitionDetail;

/**
 * 转为执法线索: the clerk hands the petition to an enforcement organisation in scope as a lead (source 信访投诉,
 * reference = the petition number); the party and the summary come from the petition.
 */
class LeadConversionDialog extends Dialog {

    private final ComboBox<OrgRef> org = new ComboBox<>();
    private final TextField cause = new TextField();
    private final TextField field = new TextField();
    private final Checkbox petitionerIsParty = new Checkbox();

    LeadConversionDialog(PetitionConversions conversions, PetitionDetail petition, long userOrgId, Consumer<PetitionDetail> done) {
        setHeaderTitle(getTranslation("petition.convert.toLead"));
        org.setLabel(getTranslation("petition.convert.lead.org"));
        cause.setLabel(getTranslation("petition.convert.lead.cause"));
        field.setLabel(getTranslation("petition.convert.lead.field"));
        petitionerIsParty.setLabel(getTranslation("petition.convert.lead.petitionerIsParty"));
        List<OrgRef> orgs = conversions.enforcementOrgs();
        org.setItems(orgs);
        org.setItemLabelGenerator(OrgRef::label);
        org.setRequiredIndicatorVisible(true);
        orgs.stream().filter(o -> o.id() == userOrgId).findFirst().ifPresent(org::setValue);
        cause.setRequiredIndicatorVisible(true);
        cause.setMaxLength(500);
        cause.setHelperText(getTranslation("petition.convert.lead.cause.helper"));
        cause.setValue(petition.subject() == null ? "" : petition.subject());
        field.setMaxLength(64);
        boolean petitioner = petition.petitionerName() != null && !petition.petitionerName().isBlank();
        petitionerIsParty.setValue(petitioner);
        petitionerIsParty.setEnabled(petitioner);
        petitionerIsParty.setHelperText(getTranslation("petition.convert.lead.petitionerIsParty.helper"));
        FormLayout form = new FormLayout(org, cause, field, petitionerIsParty);
        form.setColspan(petitionerIsParty, 2);
        add(new Paragraph(getTranslation("petition.convert.lead.intro", petition.petitionNo())), form);
        // the rules name their fields in Chinese, whatever the screen's language
        Map<String, HasValidation> fields = Map.of("执法主体", org, "案由", cause, "执法领域", field);
        Button save = new Button(getTranslation("petition.convert.toLead"), e -> {
            try {
                PetitionDetail after = conversions.toLead(petition.id(), new LeadConversion(org.getValue() == null ? null
                        : org.getValue().id(), cause.getValue(), field.getValue(), petitionerIsParty.getValue()));
                Notifier.success(getTranslation("petition.convert.done", conversions.lead(after).map(l -> l.caseNo()).orElse("")));
                close();
                done.accept(after);
            } catch (BusinessRuleException ex) {
                FormSupport.showViolations(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("refer-lead");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
