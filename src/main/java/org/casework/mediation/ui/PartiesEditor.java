package org.casework.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.casework.mediation.DisputePartyRole;
import org.casework.mediation.MediationForms.PartyEntry;
import org.casework.party.PartyKind;

/** The parties of a new dispute, one row each (side, kind, name, ID number, phone, address); starts with two. */
class PartiesEditor extends CustomField<List<PartyEntry>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> entries = new ArrayList<>();

    PartiesEditor(String label) {
        setLabel(label);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button more = new Button(getTranslation("dispute.intake.addParty"), e -> addRow(DisputePartyRole.RESPONDENT));
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        more.setId("add-party");
        add(new VerticalLayout(rows, more));
        addRow(DisputePartyRole.APPLICANT);
        addRow(DisputePartyRole.RESPONDENT);
    }

    private void addRow(DisputePartyRole role) {
        Row row = new Row(entries.size(), role);
        entries.add(row);
        rows.add(row.layout);
    }

    /** The parties as entered now (read from the rows, not from the field's last synchronised value). */
    List<PartyEntry> entries() {
        return generateModelValue();
    }

    @Override
    protected List<PartyEntry> generateModelValue() {
        return entries.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<PartyEntry> value) {
        // the editor only collects parties; it is never filled from outside
    }

    private final class Row {
        final ComboBox<DisputePartyRole> role = new ComboBox<>();
        final ComboBox<PartyKind> kind = new ComboBox<>();
        final TextField name = new TextField();
        final TextField idNumber = new TextField();
        final TextField phone = new TextField();
        final TextField address = new TextField();
        final HorizontalLayout layout;

        Row(int index, DisputePartyRole initial) {
            role.setItems(DisputePartyRole.values());
            role.setItemLabelGenerator(DisputePartyRole::label);
            role.setValue(initial);
            role.setWidth("8em");
            kind.setItems(PartyKind.values());
            kind.setItemLabelGenerator(PartyKind::label);
            kind.setValue(PartyKind.PERSON);
            kind.setWidth("8em");
            name.setPlaceholder(getTranslation("dispute.intake.partyName"));
            name.setId("party-name-" + index);
            idNumber.setPlaceholder(getTranslation("dispute.intake.partyId"));
            phone.setPlaceholder(getTranslation("dispute.intake.partyPhone"));
            address.setPlaceholder(getTranslation("dispute.intake.partyAddress"));
            layout = new HorizontalLayout(role, kind, name, idNumber, phone, address);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        PartyEntry value() {
            return new PartyEntry(role.getValue(), kind.getValue(), name.getValue(), idNumber.getValue(), phone.getValue(),
                    address.getValue());
        }
    }
}
