package org.casework.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormErrors;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;

/**
 * Moves an organisation, with everything below it, under another parent. The picker leaves out the
 * unit and its own subtree; the service refuses a cycle all the same.
 */
class OrgMoveDialog extends Dialog {

    private final transient OrgService orgs;
    private final OrgRef moving;
    private final transient Consumer<OrgRef> onMoved;
    final ComboBox<OrgRef> target;
    private final FormErrors errors = new FormErrors();

    OrgMoveDialog(OrgService orgs, OrgRef moving, Consumer<OrgRef> onMoved) {
        this.orgs = orgs;
        this.moving = moving;
        this.onMoved = onMoved;
        setHeaderTitle(getTranslation("org.move.title"));
        setWidth("560px");
        target = OrgPicker.of(getTranslation("org.move.target"),
                orgs.all().stream().filter(o -> !o.isWithin(moving)).toList());
        target.setId("org-move-target");
        target.setHelperText(getTranslation("org.move.helper"));
        target.getListDataView().getItems().filter(o -> o.id().equals(moving.parentId())).findFirst().ifPresent(target::setValue);
        errors.bind("parent", target);

        Button save = new Button(getTranslation("org.move"), e -> save());
        save.setId("org-move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        add(new Paragraph(getTranslation("org.move.intro", moving.label())), target);
    }

    void save() {
        OrgRef newParent = target.getValue();
        OrgCommand command = new OrgCommand(moving.code(), moving.name(), newParent == null ? null : newParent.id(),
                moving.type(), moving.mediationBodyType(), moving.docPrefix(), moving.active());
        try {
            OrgRef moved = orgs.update(moving.id(), command);
            close();
            onMoved.accept(moved);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }
}
