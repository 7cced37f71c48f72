package org.casework.mediation.ui;

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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.mediation.DisputeCaseService;
import org.casework.mediation.DisputeClock;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCategories;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeFilter;
import org.casework.mediation.DisputeService;
import org.casework.mediation.DisputeStatus;
import org.casework.mediation.MediationKind;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/**
 * 矛盾纠纷调解: the disputes of the user's mediation bodies, paged and filtered, each with its most urgent
 * deadline; 受理纠纷 starts the mediation process, 补录纠纷 logs a past dispute as a record.
 */
@Route("mediation/disputes")
@PageTitle("矛盾纠纷调解 · casework")
@Menu(title = "nav.disputes", order = 50, icon = "vaadin:handshake")
@RolesAllowed({Role.MEDIATOR_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class DisputeListView extends VerticalLayout {

    private final DisputeService service;
    private final DisputeCaseService cases;
    private final Map<Long, List<DisputeClock>> clocks = new HashMap<>();
    private final ComboBox<OrgRef> body = new ComboBox<>("调解组织");
    private final ComboBox<Integer> year;
    private final ComboBox<MediationKind> kind = new ComboBox<>("类型");
    private final ComboBox<String> category = new ComboBox<>("纠纷类别", DisputeCategories.ALL);
    private final ComboBox<DisputeStatus> status = new ComboBox<>("状态");
    private final TextField text = new TextField("编号或当事人");
    private final Grid<DisputeDetail> grid = new Grid<>();

    public DisputeListView(DisputeService service, DisputeCaseService cases, Clock clock) {
        this.service = service;
        this.cases = cases;
        this.year = FormSupport.yearPicker("受理年度", clock);
        addClassName("view-content");
        setSizeFull();
        body.setItems(service.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        kind.setItems(MediationKind.values());
        kind.setItemLabelGenerator(MediationKind::label);
        status.setItems(DisputeStatus.values());
        status.setItemLabelGenerator(DisputeStatus::label);
        for (ComboBox<?> box : new ComboBox<?>[] {body, kind, category, status}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        year.addValueChangeListener(e -> refresh());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(body, year, kind, category, status, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (cases.canReceive()) {
            Button create = new Button(getTranslation("dispute.action.intake"),
                    e -> getUI().ifPresent(ui -> ui.navigate(DisputeIntakeView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("intake");
            Button record = new Button(getTranslation("dispute.action.recordPast"), e -> getUI().ifPresent(ui ->
                    ui.navigate(DisputeFormView.class, new RouteParameters("id", "new"))));
            record.setId("create");
            filters.add(create, record);
        }
        grid.setId("disputes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DisputeDetail::disputeNo).setHeader("编号").setAutoWidth(true);
        grid.addColumn(DisputeDetail::bodyName).setHeader("调解组织").setAutoWidth(true);
        grid.addColumn(DisputeDetail::category).setHeader("纠纷类别");
        grid.addColumn(DisputeDetail::partiesText).setHeader("当事人").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.acceptedDate())).setHeader("受理日期").setAutoWidth(true);
        grid.addColumn(d -> d.status().label()).setHeader("状态");
        grid.addColumn(d -> Formats.date(d.closedDate())).setHeader("办结日期").setAutoWidth(true);
        grid.addColumn(d -> d.riskFlag() ? "风险" : "").setHeader("风险预警");
        grid.addComponentColumn(this::clock).setHeader(getTranslation("dispute.list.clock")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> {
            List<DisputeDetail> page = service.search(filter(), q.getOffset(), q.getLimit());
            clocks.putAll(cases.clocksOf(page));
            return page.stream();
        }, q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.disputes")), filters, grid);
    }

    private DisputeFilter filter() {
        return new DisputeFilter(body.getValue() == null ? null : body.getValue().id(), year.getValue(), kind.getValue(),
                category.getValue(), status.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(DisputeView.class, new RouteParameters("id", id)));
    }

    /** The most urgent running deadline of the dispute (time limit, follow-up, confirmation, service levels). */
    private Component clock(DisputeDetail d) {
        DisputeClock urgent = ClockBadges.urgent(clocks.getOrDefault(d.id(), List.of()));
        return urgent == null ? new Span() : ClockBadges.badge(urgent);
    }
}
