package org.casework.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;

/**
 * 机构管理: the organisation tree with code, type, mediation body type, document prefix and state;
 * create, edit and move units. The tree rules (unique code, no cycles) are OrgService's.
 */
@Route("admin/orgs")
@PageTitle("机构管理 · casework")
@Menu(title = "nav.orgs", order = 900, icon = "vaadin:sitemap")
@RolesAllowed("ADMIN") // Role.ADMIN_; written out so that org does not depend on security
public class OrgAdminView extends VerticalLayout {

    private final transient OrgService orgs;
    final TreeGrid<OrgRef> tree = new TreeGrid<>();
    final TextField filter = new TextField();
    final Button create = new Button();
    final Button edit = new Button();
    final Button move = new Button();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();

    public OrgAdminView(OrgService orgs) {
        this.orgs = orgs;
        addClassName("view-content");
        setSizeFull();
        add(new H2(getTranslation("org.title")), new Paragraph(getTranslation("org.intro")), toolbar());
        empty.setText(getTranslation("org.empty"));
        empty.addClassName("empty-state");
        configureTree();
        add(empty, tree, count);
        refresh(null);
    }

    private HorizontalLayout toolbar() {
        filter.setPlaceholder(getTranslation("org.filter"));
        filter.setId("org-filter");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh(selected() == null ? null : selected().id()));
        create.setText(getTranslation("org.create"));
        create.setId("org-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        edit.setText(getTranslation("action.edit"));
        edit.setId("org-edit");
        edit.addClickListener(e -> openForm(selected()));
        move.setText(getTranslation("org.move"));
        move.setId("org-move");
        move.addClickListener(e -> openMove());
        HorizontalLayout bar = new HorizontalLayout(filter, create, edit, move);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureTree() {
        tree.setId("org-tree");
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.addHierarchyColumn(OrgRef::name).setKey("name").setHeader(getTranslation("org.name"))
                .setWidth("26em").setFlexGrow(2).setTooltipGenerator(OrgRef::name);
        tree.addColumn(OrgRef::code).setKey("code").setHeader(getTranslation("org.code")).setAutoWidth(true);
        tree.addColumn(o -> o.type().label()).setKey("type").setHeader(getTranslation("org.type")).setAutoWidth(true);
        tree.addColumn(o -> o.mediationBodyType() == null ? "" : o.mediationBodyType().label())
                .setKey("mediationBodyType").setHeader(getTranslation("org.mediationBodyType")).setAutoWidth(true);
        tree.addColumn(o -> o.docPrefix() == null ? "" : o.docPrefix())
                .setKey("docPrefix").setHeader(getTranslation("org.docPrefix")).setAutoWidth(true);
        tree.addColumn(o -> getTranslation(o.active() ? "state.active" : "state.inactive"))
                .setKey("active").setHeader(getTranslation("org.status")).setAutoWidth(true);
        tree.addSelectionListener(e -> updateButtons());
        tree.addItemDoubleClickListener(e -> openForm(e.getItem()));
        tree.setSizeFull();
    }

    private OrgRef selected() {
        return tree.asSingleSelect().getValue();
    }

    private void updateButtons() {
        boolean one = selected() != null;
        edit.setEnabled(one);
        move.setEnabled(one);
    }

    private void openForm(OrgRef org) {
        OrgRef parent = org == null ? selected() : null;
        OrgFormDialog dialog = new OrgFormDialog(orgs, org, parent, saved -> {
            Notifier.success(getTranslation("org.saved", saved.label()));
            refresh(saved.id());
        });
        dialog.open();
    }

    private void openMove() {
        OrgRef org = selected();
        if (org != null) {
            new OrgMoveDialog(orgs, org, moved -> {
                Notifier.success(getTranslation("org.moved", moved.label()));
                refresh(moved.id());
            }).open();
        }
    }

    /** Reloads the tree (filtered: matches and their ancestors), expanded, keeping or moving the selection. */
    void refresh(Long selectId) {
        List<OrgRef> all = orgs.all();
        Set<Long> shown = visible(all, filter.getValue());
        TreeData<OrgRef> data = new TreeData<>();
        Map<Long, OrgRef> added = new HashMap<>();
        for (OrgRef o : all) {
            if (shown.contains(o.id())) {
                OrgRef parent = o.parentId() == null ? null : added.get(o.parentId());
                data.addItem(parent, o);
                added.put(o.id(), o);
            }
        }
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        OrgRef toSelect = selectId == null ? null : added.get(selectId);
        if (toSelect != null) {
            tree.select(toSelect);
        } else {
            tree.deselectAll();
        }
        empty.setVisible(all.isEmpty());
        tree.setVisible(!all.isEmpty());
        count.setText(getTranslation("org.count", String.valueOf(added.size())));
        updateButtons();
    }

    /** Ids of the units matching the filter, with every ancestor of each, so the tree keeps its shape. */
    private static Set<Long> visible(List<OrgRef> all, String text) {
        Set<Long> ids = new HashSet<>();
        String needle = text == null ? "" : text.trim().toLowerCase();
        for (OrgRef o : all) {
            if (needle.isEmpty() || o.name().toLowerCase().contains(needle) || o.code().toLowerCase().contains(needle)) {
                for (String part : o.treePath().split("/")) {
                    if (!part.isEmpty()) {
                        ids.add(Long.valueOf(part));
                    }
                }
                ids.add(o.id());
            }
        }
        return ids;
    }
}
