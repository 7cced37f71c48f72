package org.casework.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.casework.base.ui.Formats;
import org.casework.staff.OfficerFilter;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;

/** 执法人员: the officers of the user's organisations with their certificates, paged lazily. */
@Route("org/officers")
@PageTitle("执法人员 · casework")
@Menu(title = "nav.officers", order = 40, icon = "vaadin:user-card")
@RolesAllowed({Role.ADMIN_, Role.HEAD_, Role.LEADER_, Role.OFFICER_})
public class OfficerListView extends VerticalLayout {

    private final OfficerService officers;
    private final ComboBox<OrgRef> org = new ComboBox<>("机构");
    private final TextField text = new TextField("姓名或执法证号");
    private final Checkbox active = new Checkbox("仅在岗人员", true);
    private final Span total = new Span();
    private final Grid<OfficerRef> grid = new Grid<>(OfficerRef.class, false);

    public OfficerListView(OfficerService officers, OrgService orgs, CurrentUser current, Clock clock) {
        this.officers = officers;
        addClassName("view-content");
        setSizeFull();
        var scope = current.get().scopeOrgIds();
        org.setItems(orgs.all().stream().filter(o -> scope.contains(o.id())).toList());
        org.setItemLabelGenerator(OrgRef::label);
        org.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        org.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        active.addValueChangeListener(e -> refresh());
        Button create = new Button("登记执法人员", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("org/officers/new")));
        create.setId("new-officer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(officers.mayEdit());
        HorizontalLayout filters = new HorizontalLayout(org, text, active, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        LocalDate today = LocalDate.now(clock);
        grid.setId("officers");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(OfficerRef::name).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(OfficerRef::orgName).setHeader("机构").setAutoWidth(true);
        grid.addColumn(OfficerRef::certificateNo).setHeader("执法证号").setAutoWidth(true);
        grid.addColumn(o -> Formats.date(o.certificateValidUntil())).setHeader("证件有效期至").setAutoWidth(true);
        grid.addColumn(o -> o.isCertifiedOn(today) ? "有效" : "无有效证件").setHeader("持证").setAutoWidth(true);
        grid.addColumn(o -> Formats.date(o.onDutyFrom())).setHeader("在岗起").setAutoWidth(true);
        grid.addColumn(o -> Formats.date(o.offDutyDate())).setHeader("离岗日期").setAutoWidth(true);
        grid.addColumn(o -> o.legalQualification() ? "是" : "否").setHeader("法律职业资格").setAutoWidth(true);
        grid.setItems(q -> officers.search(filter(), q.getPage(), q.getPageSize()).stream(), q -> (int) officers.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("org/officers/" + e.getItem().id())));
        add(new H2("执法人员"), filters, total, grid);
        refresh();
    }

    private OfficerFilter filter() {
        return new OfficerFilter(org.getValue() == null ? null : org.getValue().id(), text.getValue(), active.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText("共 " + officers.count(filter()) + " 人");
    }
}
