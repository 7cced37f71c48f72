package org.casework.enforcement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.casework.base.Labelled;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.staff.OfficerRef;

/** Pickers the enforcement screens share: organisations in the user's scope, officers, and labelled enums. */
final class Pickers {

    private Pickers() {
    }

    /** The organisations the user may see, parents first, shown with their code. */
    static ComboBox<OrgRef> orgs(String label, OrgService orgs, Set<Long> scope) {
        ComboBox<OrgRef> box = new ComboBox<>(label);
        List<OrgRef> visible = orgs.all().stream().filter(o -> scope.contains(o.id())).toList();
        box.setItems(visible);
        box.setItemLabelGenerator(OrgRef::label);
        box.setClearButtonVisible(true);
        return box;
    }

    /** One officer of these, shown with org and certificate. */
    static ComboBox<OfficerRef> officer(String label, List<OfficerRef> officers) {
        ComboBox<OfficerRef> box = new ComboBox<>(label);
        box.setItems(officers);
        box.setItemLabelGenerator(OfficerRef::label);
        box.setClearButtonVisible(true);
        return box;
    }

    /** Several officers of these. */
    static MultiSelectComboBox<OfficerRef> officers(String label, List<OfficerRef> officers) {
        MultiSelectComboBox<OfficerRef> box = new MultiSelectComboBox<>(label);
        box.setItems(officers);
        box.setItemLabelGenerator(OfficerRef::label);
        return box;
    }

    static <E extends Enum<E> & Labelled> ComboBox<E> labelled(String label, Class<E> type) {
        ComboBox<E> box = new ComboBox<>(label);
        box.setItems(Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(Labelled::label);
        box.setClearButtonVisible(true);
        return box;
    }

    static <E extends Enum<E> & Labelled> Select<E> select(String label, Class<E> type) {
        Select<E> select = new Select<>();
        select.setLabel(label);
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(e -> e == null ? "" : e.label());
        return select;
    }

    static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
