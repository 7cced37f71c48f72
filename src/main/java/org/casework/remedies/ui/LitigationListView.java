package org.casework.remedies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.org.OrgRef;
import org.casework.remedies.InstanceLevel;
import org.casework.remedies.LitigationDetail;
import org.casework.remedies.LitigationFilter;
import org.casework.remedies.LitigationResult;
import org.casework.remedies.LitigationService;
import org.casework.security.Role;

/** 行政应诉: the court instances in which the user's organisations are defendant, paged and filtered. */
@Route("remedies/litigations")
@PageTitle("行政应诉 · casework")
@Menu(title = "nav.litigations", order = 41, icon = "vaadin:institution")
@RolesAllowed({Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class LitigationListView extends VerticalLayout {

    private final LitigationService service;
    private final ComboBox<OrgRef> org = new ComboBox<>("被告");
    private final ComboBox<Integer> year;
    private final ComboBox<InstanceLevel> level = new ComboBox<>("审级");
    private final ComboBox<LitigationResult> result = new ComboBox<>("裁判结果");
    private final TextField text = new TextField("案号或原告");
    private final Grid<LitigationDetail> grid = new Grid<>();

    public LitigationListView(LitigationService service, Clock clock) {
        this.service = service;
        this.year = FormSupport.yearPicker("收案年度", clock);
        addClassName("view-content");
        setSizeFull();
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        org.setClearButtonVisible(true);
        level.setItems(InstanceLevel.values());
        level.setItemLabelGenerator(InstanceLevel::label);
        level.setClearButtonVisible(true);
        result.setItems(LitigationResult.values());
        result.setItemLabelGenerator(LitigationResult::label);
        result.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        org.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        result.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(org, year, level, result, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (service.canEdit()) {
            Button create = new Button("登记应诉案件", e -> open("new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            filters.add(create);
        }
        grid.setId("litigations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitigationDetail::courtCaseNo).setHeader("法院案号").setAutoWidth(true);
        grid.addColumn(l -> l.level().label()).setHeader("审级");
        grid.addColumn(LitigationDetail::orgName).setHeader("被告").setAutoWidth(true);
        grid.addColumn(LitigationDetail::plaintiff).setHeader("原告").setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.receivedDate())).setHeader("收到起诉状日期").setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.hearingDate())).setHeader("开庭日期").setAutoWidth(true);
        grid.addColumn(l -> l.headAppearance() ? "是" : "").setHeader("负责人出庭");
        grid.addColumn(l -> l.result() == null ? "未结" : l.result().label()).setHeader("裁判结果").setAutoWidth(true);
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.litigations")), filters, grid);
    }

    private LitigationFilter filter() {
        return new LitigationFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(), level.getValue(),
                result.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(LitigationFormView.class, new RouteParameters("id", id)));
    }
}
