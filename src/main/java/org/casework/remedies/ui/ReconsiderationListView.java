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
import org.casework.remedies.ReconsiderationDetail;
import org.casework.remedies.ReconsiderationFilter;
import org.casework.remedies.ReconsiderationOutcome;
import org.casework.remedies.ReconsiderationService;
import org.casework.security.Role;

/** 行政复议: the reconsideration cases in which the user's organisations are respondent, paged and filtered. */
@Route("remedies/reconsiderations")
@PageTitle("行政复议 · casework")
@Menu(title = "nav.reconsiderations", order = 40, icon = "vaadin:scale")
@RolesAllowed({Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class ReconsiderationListView extends VerticalLayout {

    private final ReconsiderationService service;
    private final ComboBox<OrgRef> org = new ComboBox<>("被申请人");
    private final ComboBox<Integer> year;
    private final ComboBox<ReconsiderationOutcome> outcome = new ComboBox<>("复议结果");
    private final TextField text = new TextField("案号或申请人");
    private final Grid<ReconsiderationDetail> grid = new Grid<>();

    public ReconsiderationListView(ReconsiderationService service, Clock clock) {
        this.service = service;
        this.year = FormSupport.yearPicker("收案年度", clock);
        addClassName("view-content");
        setSizeFull();
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        org.setClearButtonVisible(true);
        outcome.setItems(ReconsiderationOutcome.values());
        outcome.setItemLabelGenerator(ReconsiderationOutcome::label);
        outcome.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        org.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(org, year, outcome, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (service.canEdit()) {
            Button create = new Button("登记复议案件", e -> open("new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            filters.add(create);
        }
        grid.setId("reconsiderations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ReconsiderationDetail::caseNo).setHeader("复议案号").setAutoWidth(true);
        grid.addColumn(ReconsiderationDetail::orgName).setHeader("被申请人").setAutoWidth(true);
        grid.addColumn(ReconsiderationDetail::applicant).setHeader("申请人").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.receivedDate())).setHeader("收案日期").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.concludedDate())).setHeader("审结日期").setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? "未结" : r.outcome().label()).setHeader("复议结果").setAutoWidth(true);
        grid.addColumn(r -> r.redoOrdered() ? "是" : "").setHeader("责令重新作出");
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.reconsiderations")), filters, grid);
    }

    private ReconsiderationFilter filter() {
        return new ReconsiderationFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(),
                outcome.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(ReconsiderationFormView.class, new RouteParameters("id", id)));
    }
}
