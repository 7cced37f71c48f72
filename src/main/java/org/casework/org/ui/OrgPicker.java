package org.casework.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.casework.org.OrgRef;

/** A combo box of organisations, indented by their place in the tree, parents first. */
final class OrgPicker {

    private OrgPicker() {
    }

    static ComboBox<OrgRef> of(String label, List<OrgRef> orgs) {
        ComboBox<OrgRef> box = new ComboBox<>(label);
        box.setItems(orgs);
        box.setItemLabelGenerator(OrgPicker::indented);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    static String indented(OrgRef org) {
        return "\u3000".repeat(org.depth()) + org.label() + (org.active() ? "" : "（已停用）");
    }
}
