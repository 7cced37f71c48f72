package org.casework.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormErrors;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;

/**
 * Creates an organisation (under a chosen parent) or edits one. Moving to another parent has its own
 * dialog ({@link OrgMoveDialog}), so an edit never moves a subtree by accident.
 */
class OrgFormDialog extends Dialog {

    private final transient OrgService orgs;
    private final OrgRef editing;
    private final transient Consumer<OrgRef> onSaved;

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<OrgRef> parent;
    final ComboBox<OrgType> type = new ComboBox<>();
    final ComboBox<MediationBodyType> mediationBodyType = new ComboBox<>();
    final TextField docPrefix = new TextField();
    final Checkbox active = new Checkbox();
    private final FormErrors errors = new FormErrors();

    /** For a new organisation: {@code editing} null, {@code defaultParent} the selected one or null. */
    OrgFormDialog(OrgService orgs, OrgRef editing, OrgRef defaultParent, Consumer<OrgRef> onSaved) {
        this.orgs = orgs;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "org.create.title" : "org.edit.title"));
        setWidth("640px");
        parent = OrgPicker.of(getTranslation("org.parent"), orgs.all());
        buildFields();
        fill(editing, defaultParent);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("org-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);

        FormLayout form = new FormLayout(code, name, parent, type, mediationBodyType, docPrefix, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(parent, 2);
        add(form);
    }

    private void buildFields() {
        code.setLabel(getTranslation("org.code"));
        code.setId("org-code");
        code.setHelperText(getTranslation("org.code.helper"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(40);
        name.setLabel(getTranslation("org.name"));
        name.setId("org-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        parent.setId("org-parent");
        parent.setHelperText(getTranslation(editing == null ? "org.parent.helper" : "org.parent.readOnly"));
        parent.setReadOnly(editing != null);
        type.setLabel(getTranslation("org.type"));
        type.setId("org-type");
        type.setItems(Arrays.asList(OrgType.values()));
        type.setItemLabelGenerator(OrgType::label);
        type.setRequiredIndicatorVisible(true);
        mediationBodyType.setLabel(getTranslation("org.mediationBodyType"));
        mediationBodyType.setId("org-mediation-body-type");
        mediationBodyType.setItems(Arrays.asList(MediationBodyType.values()));
        mediationBodyType.setItemLabelGenerator(MediationBodyType::label);
        mediationBodyType.setClearButtonVisible(true);
        mediationBodyType.setHelperText(getTranslation("org.mediationBodyType.helper"));
        docPrefix.setLabel(getTranslation("org.docPrefix"));
        docPrefix.setId("org-doc-prefix");
        docPrefix.setHelperText(getTranslation("org.docPrefix.helper"));
        docPrefix.setMaxLength(40);
        active.setLabel(getTranslation("org.active"));
        active.setId("org-active");
        errors.bind("code", code).bind("name", name).bind("parent", parent).bind("type", type);
    }

    private void fill(OrgRef org, OrgRef defaultParent) {
        if (org == null) {
            parent.setValue(defaultParent);
            active.setValue(true);
            return;
        }
        code.setValue(org.code());
        name.setValue(org.name());
        List<OrgRef> all = parent.getListDataView().getItems().toList();
        parent.setValue(all.stream().filter(o -> o.id().equals(org.parentId())).findFirst().orElse(null));
        type.setValue(org.type());
        mediationBodyType.setValue(org.mediationBodyType());
        docPrefix.setValue(org.docPrefix() == null ? "" : org.docPrefix());
        active.setValue(org.active());
    }

    void save() {
        OrgRef chosenParent = parent.getValue();
        OrgCommand command = new OrgCommand(code.getValue(), name.getValue(),
                chosenParent == null ? null : chosenParent.id(), type.getValue(), mediationBodyType.getValue(),
                docPrefix.getValue(), active.getValue());
        try {
            OrgRef saved = editing == null ? orgs.create(command) : orgs.update(editing.id(), command);
            close();
            onSaved.accept(saved);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }
}
