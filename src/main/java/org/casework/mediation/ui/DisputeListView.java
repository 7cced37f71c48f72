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
import java.time.Clock;
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

/** 矛盾纠纷调解: the disputes of the user's mediation bodies, paged and filtered. */
@Route("mediation/disputes")
@PageTitle("矛盾纠纷调解 · casework")
@Menu(title = "nav.disputes", order = 50, icon = "vaadin:handshake")
@RolesAllowed({Role.MEDIATOR_, Role.LEADER_, Role.ADMIN_})
public class DisputeListView extends VerticalLayout {

    private final DisputeService service;
    private final ComboBox<OrgRef> body = new ComboBox<>("调解组织");
    private final ComboBox<Integer> year;
    private final ComboBox<MediationKind> kind = new ComboBox<>("类型");
    private final ComboBox<String> category = new ComboBox<>("纠纷类别", DisputeCategories.ALL);
    private final ComboBox<DisputeStatus> status = new ComboBox<>("状态");
    private final TextField text = new TextField("编号或当事人");
    private final Grid<DisputeDetail> grid = new Grid<>();

    public DisputeListView(DisputeService service, Clock clock) {
        this.service = service;
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
        if (service.canEdit()) {
            Button create = new Button("受理纠纷", e -> open("new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            filters.add(create);
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
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
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
        getUI().ifPresent(ui -> ui.navigate(DisputeFormView.class, new RouteParameters("id", id)));
    }
}
