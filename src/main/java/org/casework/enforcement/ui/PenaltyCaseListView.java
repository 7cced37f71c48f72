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
import org.casework.enforcement.PenaltyCaseFilter;
import org.casework.enforcement.PenaltyCaseRow;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.enforcement.PenaltyCaseStatus;
import org.casework.enforcement.ProcedureType;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.staff.OfficerFilter;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;

/**
 * 处罚案件: the cases of the user's organisations, paged lazily and filtered by org, year, status, procedure,
 * the state of the 90-day decision period, handling officer, party, and case number or party text. A case
 * worked through the workflow opens on its work page, a registered (imported or entered) one on its record.
 */
@Route("enforcement/cases")
@PageTitle("处罚案件 · casework")
@Menu(title = "nav.penaltyCases", order = 20, icon = "vaadin:gavel")
@RolesAllowed({Role.OFFICER_, Role.LEGAL_REVIEWER_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class PenaltyCaseListView extends VerticalLayout {

    private final PenaltyCaseService cases;
    private final ComboBox<OrgRef> org;
    private final ComboBox<Integer> year = new ComboBox<>("年度");
    private final ComboBox<PenaltyCaseStatus> status = Pickers.labelled("状态", PenaltyCaseStatus.class);
    private final ComboBox<ProcedureType> procedure = Pickers.labelled("程序", ProcedureType.class);
    private final TextField text = new TextField("案号或当事人");
    private final ComboBox<PenaltyCaseFilter.DeadlineFilter> deadline = Pickers.labelled("办案期限", PenaltyCaseFilter.DeadlineFilter.class);
    private final ComboBox<OfficerRef> officer;
    private final TextField party = new TextField("当事人");
    private final Span total = new Span();
    private final Grid<PenaltyCaseRow> grid = new Grid<>(PenaltyCaseRow.class, false);

    public PenaltyCaseListView(PenaltyCaseService cases, OrgService orgs, OfficerService officers, CurrentUser current, Clock clock) {
        this.cases = cases;
        addClassName("view-content");
        setSizeFull();
        org = Pickers.orgs("执法主体", orgs, current.get().scopeOrgIds());
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(IntStream.rangeClosed(0, 10).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        org.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        procedure.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        officer = Pickers.officer("承办人员", officers.search(new OfficerFilter(null, null, false), 0, 1000));
        party.setValueChangeMode(ValueChangeMode.LAZY);
        party.setClearButtonVisible(true);
        deadline.addValueChangeListener(e -> refresh());
        officer.addValueChangeListener(e -> refresh());
        party.addValueChangeListener(e -> refresh());

        Button create = new Button("新建案件", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("enforcement/cases/new")));
        create.setId("new-case");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(cases.mayEdit());
        HorizontalLayout filters = new HorizontalLayout(org, year, status, procedure, deadline, officer, party, text, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        add(new H2("处罚案件"), filters, total, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("penalty-cases");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(PenaltyCaseRow::caseNo).setHeader("案号").setAutoWidth(true);
        grid.addColumn(PenaltyCaseRow::orgName).setHeader("执法主体").setAutoWidth(true);
        grid.addColumn(r -> Pickers.label(r.procedure())).setHeader("程序").setAutoWidth(true);
        grid.addColumn(PenaltyCaseRow::partyName).setHeader("当事人").setAutoWidth(true);
        grid.addColumn(PenaltyCaseRow::cause).setHeader("案由").setFlexGrow(1);
        grid.addColumn(r -> Formats.date(r.filedDate())).setHeader("立案日期").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.decisionDate())).setHeader("决定日期").setAutoWidth(true);
        grid.addColumn(r -> Pickers.label(r.outcome())).setHeader("决定结果").setAutoWidth(true);
        grid.addColumn(r -> Formats.yuan(r.penaltyAmount())).setHeader("罚没金额").setAutoWidth(true);
        grid.addColumn(r -> Pickers.label(r.status())).setHeader("状态").setAutoWidth(true);
        grid.addColumn(r -> r.decisionDate() == null && r.closedDate() == null ? Formats.date(r.decisionDueDate()) : "")
                .setHeader("办案期限").setAutoWidth(true);
        grid.addColumn(r -> r.hasDataQualityNotes() ? "有数据质量提示" : "").setHeader("提示").setAutoWidth(true);
        grid.setItems(q -> cases.search(filter(), q.getPage(), q.getPageSize()).stream(), q -> (int) cases.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                (e.getItem().workflow() ? "enforcement/work/" : "enforcement/cases/") + e.getItem().id())));
    }

    private PenaltyCaseFilter filter() {
        return new PenaltyCaseFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(), status.getValue(),
                procedure.getValue(), text.getValue(), deadline.getValue(), officer.getValue() == null ? null : officer.getValue().id(),
                party.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText("共 " + cases.count(filter()) + " 件");
    }
}
