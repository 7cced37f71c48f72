package org.casework.enforcement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.stream.IntStream;
import org.casework.base.ui.Formats;
import org.casework.enforcement.InspectionFilter;
import org.casework.enforcement.InspectionRef;
import org.casework.enforcement.InspectionService;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;

/** 行政检查: the inspections of the user's organisations, paged lazily, filtered by org, year and text. */
@Route("enforcement/inspections")
@PageTitle("行政检查 · casework")
@Menu(title = "nav.inspections", order = 25, icon = "vaadin:search")
@RolesAllowed({Role.OFFICER_, Role.HEAD_, Role.LEGAL_REVIEWER_, Role.LEADER_, Role.ADMIN_})
public class InspectionListView extends VerticalLayout {

    private final InspectionService inspections;
    private final ComboBox<OrgRef> org;
    private final ComboBox<Integer> year = new ComboBox<>("年度");
    private final TextField text = new TextField("编号、对象或事项");
    private final Span total = new Span();
    private final Grid<InspectionRef> grid = new Grid<>(InspectionRef.class, false);

    public InspectionListView(InspectionService inspections, OrgService orgs, CurrentUser current, Clock clock) {
        this.inspections = inspections;
        addClassName("view-content");
        setSizeFull();
        org = Pickers.orgs("执法主体", orgs, current.get().scopeOrgIds());
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(IntStream.rangeClosed(0, 10).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        org.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        Button create = new Button("登记检查", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("enforcement/inspections/new")));
        create.setId("new-inspection");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(inspections.mayEdit());
        HorizontalLayout filters = new HorizontalLayout(org, year, text, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("inspections");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(InspectionRef::inspectionNo).setHeader("检查编号").setAutoWidth(true);
        grid.addColumn(InspectionRef::orgName).setHeader("执法主体").setAutoWidth(true);
        grid.addColumn(i -> Formats.date(i.inspectionDate())).setHeader("检查日期").setAutoWidth(true);
        grid.addColumn(InspectionRef::target).setHeader("检查对象").setAutoWidth(true);
        grid.addColumn(InspectionRef::item).setHeader("检查事项").setFlexGrow(1);
        grid.setItems(q -> inspections.search(filter(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) inspections.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("enforcement/inspections/" + e.getItem().id())));
        add(new H2("行政检查"), filters, total, grid);
        refresh();
    }

    private InspectionFilter filter() {
        return new InspectionFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText("共 " + inspections.count(filter()) + " 次");
    }
}
