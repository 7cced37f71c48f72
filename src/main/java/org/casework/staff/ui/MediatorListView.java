package org.casework.staff.ui;

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
import org.casework.base.ui.Formats;
import org.casework.staff.MediatorDetail;
import org.casework.staff.MediatorFilter;
import org.casework.staff.MediatorService;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/** 调解员名册: the mediators of the user's mediation bodies, filtered by body and whether they serve today. */
@Route("org/mediators")
@PageTitle("调解员名册 · casework")
@Menu(title = "nav.mediators", order = 52, icon = "vaadin:users")
@RolesAllowed({Role.MEDIATOR_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class MediatorListView extends VerticalLayout {

    static final String SERVING = "在聘";
    static final String DISMISSED = "已解聘";

    private final MediatorService service;
    private final ComboBox<OrgRef> body = new ComboBox<>("调解组织");
    private final ComboBox<String> state = new ComboBox<>("状态", SERVING, DISMISSED);
    private final TextField text = new TextField("姓名");
    private final Grid<MediatorDetail> grid = new Grid<>();

    public MediatorListView(MediatorService service) {
        this.service = service;
        addClassName("view-content");
        setSizeFull();
        body.setItems(service.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        body.setClearButtonVisible(true);
        state.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        body.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(body, state, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (service.canEdit()) {
            Button create = new Button("添加调解员", e -> open("new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            filters.add(create);
        }
        grid.setId("mediators");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MediatorDetail::name).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(MediatorDetail::bodyName).setHeader("调解组织").setAutoWidth(true);
        grid.addColumn(m -> m.fullTime() ? "专职" : "兼职").setHeader("专兼职");
        grid.addColumn(m -> Formats.date(m.appointedDate())).setHeader("起聘日期").setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.dismissedDate())).setHeader("解聘日期").setAutoWidth(true);
        grid.addColumn(m -> m.active() ? SERVING : DISMISSED).setHeader("状态");
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.mediators")), filters, grid);
    }

    private MediatorFilter filter() {
        Boolean active = state.getValue() == null ? null : SERVING.equals(state.getValue());
        return new MediatorFilter(body.getValue() == null ? null : body.getValue().id(), active, text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(MediatorFormView.class, new RouteParameters("id", id)));
    }
}
